print("a")
import b
