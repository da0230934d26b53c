print("parcelcheck")
