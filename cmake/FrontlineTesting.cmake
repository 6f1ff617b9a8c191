include(GoogleTest)

# frontline_add_test(NAME LABEL unit|integration|ui SOURCES ... [LIBRARIES ...] [GUI])
# One test executable per area, built on GoogleTest and registered with ctest. Every test runs
# with the offscreen platform, QStandardPaths test mode and a temporary HOME (see TestMain.cpp).
function(frontline_add_test name)
    cmake_parse_arguments(ARG "GUI" "LABEL" "SOURCES;LIBRARIES" ${ARGN})
    if(NOT ARG_LABEL)
        message(FATAL_ERROR "frontline_add_test(${name}): LABEL is required")
    endif()
    add_executable(${name} ${ARG_SOURCES})
    if(ARG_GUI)
        target_link_libraries(${name} PRIVATE frontline_test_main_gui)
    else()
        target_link_libraries(${name} PRIVATE frontline_test_main)
    endif()
    target_link_libraries(${name} PRIVATE frontline_test_support ${ARG_LIBRARIES})
    frontline_target_defaults(${name})
    set(environment "QT_QPA_PLATFORM=offscreen")
    set(fixtures "")
    if(ARG_LABEL STREQUAL "integration")
        # One PostgreSQL cluster for the whole run (tests/CMakeLists.txt sets up the fixture).
        list(APPEND environment "FRONTLINE_TEST_PG_STATE=${FRONTLINE_TEST_PG_STATE}")
        set(fixtures FIXTURES_REQUIRED postgres)
    endif()
    gtest_discover_tests(${name}
        DISCOVERY_MODE PRE_TEST
        DISCOVERY_TIMEOUT 30
        PROPERTIES LABELS ${ARG_LABEL} ENVIRONMENT "${environment}" ${fixtures})
endfunction()
