"""One function per user action (STYLE.md, Anki's `aqt/operations`): run the
service on a worker thread through the window's TaskManager, hand the result to
`on_done` on the main thread, and announce what changed on the change bus
(`hotline.ui.changes`) so that every open view of it refreshes.

Each function takes keyword arguments only: `parent` (the widget errors are
shown over when no `on_error` is given), `tasks`, `actor`, the action's values,
`on_done(result)` and `on_error(exc)`."""
