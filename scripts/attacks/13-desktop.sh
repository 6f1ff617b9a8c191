# Item 13: a customer's markup and look-alike links reach the desktop; the desktop keeps them text
# and asks before a new site. The back office rightly accepts what a customer writes, so the
# desktop's own checks are replayed here (offscreen, each against a back office of its own).
api "$INTEGRATION" POST /api/v1/intake/messages -d '{"channel":"chat",
  "external_message_id":"attack-13","customer":{"external_id":"attack-13","name":"<b>Mallory</b>"},
  "text":"<img src=\"http://tracker.example/p.png\"> track: https://sh\u043ep.example/x"}'
desktop_check()
{
  local binary=$FRONTLINE_BUILD/tests/$1
  [ -x "$binary" ] || (cd "$FRONTLINE_ROOT" && cmake --build --preset dev --target "$1" >/dev/null)
  BODY=$(QT_QPA_PLATFORM=offscreen "$binary" --gtest_filter="$2" 2>&1 | tail -n 3) STATUS=""
  body_has "[  PASSED  ] 1 test"
}
refused "item 13: a customer's markup in a desktop notification" \
  desktop_check main_window_test 'MainWindowTest.ACustomersMarkupReachesTheNotificationAsText'
refused "item 13: a look-alike link opened on one click" \
  desktop_check chat_pane_test 'ChatPaneTest.ACustomersLinkShowsWhereItGoesAndAsksBeforeANewSite'
