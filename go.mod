module github.com/kaa-python/kaa

go 1.26
