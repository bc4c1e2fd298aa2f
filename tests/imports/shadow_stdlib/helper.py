import json
print(json.X)
json.dumps
