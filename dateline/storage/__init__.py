"""Where dateline keeps things: raw files found, a run's staging area, the lake, the warehouse."""
