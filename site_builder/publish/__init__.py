"""Writing the output folder: the new tree is built aside and swapped in atomically, never
colliding, never half-written."""
