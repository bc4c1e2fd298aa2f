import os
import nosuch_module_here
