Y = 'ns portion'
