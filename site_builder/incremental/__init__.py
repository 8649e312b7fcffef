"""What makes rebuilds fast, wrapped around the stages: the build cache, render keys, worker
processes and the garbage collector policy."""
