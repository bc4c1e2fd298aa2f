"""A plugin that tries to leave the sandbox: the host sees a PermissionError."""


def transform(text):
    with open("/etc/passwd") as f:
        return f.readline()
