WHO = "the __future__ beside the script"
