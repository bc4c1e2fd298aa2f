for f in (lambda: exec("a\x00"), lambda: eval("1\x00"), lambda: compile("x\x00", "f", "exec")):
    try: f()
    except Exception as e: print(type(e).__name__, e)
