from patch import edit, save
edit(54, "when their boat was docked in Ambon", "when their boat returned to Samut Sakhon")
edit(70, "who had been reported missing from a group home,", "who had been reported missing,")
save()
