# cmake -DTS_FILE=translations/frontline_ru.ts -P CheckTranslations.cmake
# Fails when a Russian (or other non-source) catalogue has a message without a translation, so a
# new user-visible string cannot ship untranslated.
file(READ "${TS_FILE}" content)
string(REGEX MATCHALL "<translation type=\"unfinished\"[^>]*>[^<]*</translation>" unfinished "${content}")
string(REGEX MATCHALL "<message[ >]" messages "${content}")
list(LENGTH unfinished unfinished_count)
list(LENGTH messages message_count)
if(message_count EQUAL 0)
    message(FATAL_ERROR "${TS_FILE}: no messages at all; run the update_translations target")
endif()
if(unfinished_count GREATER 0)
    message(FATAL_ERROR "${TS_FILE}: ${unfinished_count} of ${message_count} messages are untranslated")
endif()
message(STATUS "${TS_FILE}: all ${message_count} messages translated")
