__all__ = ["real", "nosub"]
