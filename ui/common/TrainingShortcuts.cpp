#include "ui/common/ShortcutTable.h"

namespace frontline::ui {

// The trainer's Sandboxes and Scenario packs pages (each key acts on the page shown) and the pack
// editor's window with its preview (issue 19).
QList<ShortcutEntry> trainingShortcuts()
{
    using S = Shortcut;
    using A = ShortcutArea;
    const Qt::KeyboardModifiers ctrl = Qt::ControlModifier;
    const auto key = [](QKeyCombination combination) { return QKeySequence(combination); };
    const auto entry = [](S id, QKeySequence keys, const char *action) {
        return ShortcutEntry{id, A::Training, {keys}, action};
    };
    return {
        entry(S::TrainingNew, key(ctrl | Qt::Key_N),
              QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "New sandbox, or new pack")),
        entry(S::TrainingRefresh, key(Qt::Key_F5),
              QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                                "Read the sandboxes or the packs again")),
        entry(S::TrainingDelete, key(Qt::Key_Delete),
              QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                                "Delete the chosen sandbox or pack (asks first)")),
        entry(S::SandboxReset, key(ctrl | Qt::Key_R),
              QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                                "Reset the chosen sandbox (asks first)")),
        entry(S::SandboxAddTrainee, key(ctrl | Qt::Key_T),
              QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                                "Choose an operator to add to the sandbox's cohort")),
        entry(S::PackImport, key(ctrl | Qt::Key_O),
              QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Import a pack from a JSON file")),
        entry(S::PackExport, key(ctrl | Qt::Key_S),
              QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                                "Export a version of the chosen pack to a file")),
        entry(S::PackEdit, key(ctrl | Qt::Key_E),
              QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                                "Edit the chosen pack in the pack editor")),
        entry(S::PackEditorSave, key(ctrl | Qt::Key_S),
              QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                                "Pack editor: save as a new version")),
        entry(S::PackEditorPreview, key(ctrl | Qt::Key_P),
              QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                                "Pack editor: preview the chosen scenario")),
        entry(S::PackEditorAddScenario, key(ctrl | Qt::ShiftModifier | Qt::Key_N),
              QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Pack editor: add a scenario")),
        entry(S::PackEditorDuplicateScenario, key(ctrl | Qt::Key_D),
              QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                                "Pack editor: duplicate the chosen scenario")),
        entry(S::PackEditorMoveUp, key(Qt::AltModifier | Qt::Key_Up),
              QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                                "Pack editor: move the chosen scenario up")),
        entry(S::PackEditorMoveDown, key(Qt::AltModifier | Qt::Key_Down),
              QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                                "Pack editor: move the chosen scenario down")),
        entry(S::PreviewSkipWait, key(Qt::Key_F8),
              QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                                "Preview: skip the wait to what the customer does next")),
    };
}

} // namespace frontline::ui
