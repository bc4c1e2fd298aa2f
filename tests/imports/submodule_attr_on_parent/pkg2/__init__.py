thing = "attribute"
