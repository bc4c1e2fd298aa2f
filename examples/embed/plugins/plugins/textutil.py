"""Helpers the plugins share (no transform: not a plugin itself)."""


def exclaim(text):
    return text + "!"
