from m import nope
