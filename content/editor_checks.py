# Placeholder: the plain-language editor checks are being written (see the helper brief).
