"name" = "value"
