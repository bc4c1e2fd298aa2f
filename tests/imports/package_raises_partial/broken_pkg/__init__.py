from . import child
raise ValueError("package init fails after child")
