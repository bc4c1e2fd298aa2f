other = "attribute named other"
