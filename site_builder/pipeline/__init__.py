"""The wiring: one build that runs the stages in order, and the verbs made from it (check,
explain, the link check)."""
