"""Upper-cases the text and logs through the host."""
import host
import textutil


def transform(text):
    host.log(f"shout got {len(text)} characters")
    return textutil.exclaim(text.upper())
