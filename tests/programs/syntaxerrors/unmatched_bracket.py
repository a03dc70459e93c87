print("a")
]
