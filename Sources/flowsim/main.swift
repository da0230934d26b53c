print("flowsim: not yet implemented")
