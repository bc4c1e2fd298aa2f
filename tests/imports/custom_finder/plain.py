X = "found by PathFinder"
