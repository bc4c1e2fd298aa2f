raise RuntimeError("bad submodule")
