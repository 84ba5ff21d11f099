# The reference the Python detection methods are checked against: R's surveillance::earsC
# on one daily count series, for C1, C2 and C3 with baseline 7 and alpha 0.001.
#
#   Rscript tests/surveillance/r_reference.R IN.csv OUT.csv
#
# IN.csv has the columns day (YYYY-MM-DD) and count. OUT.csv gets day, count, and for each
# method <method>_upperbound (17 significant digits) and <method>_alarm (TRUE/FALSE), NA where
# earsC gives none: the first days, which earsC leaves out of its result, and an upperbound
# that is NaN (a C2 statistic of 0/0 in C3).
# Written by tests/surveillance/record_fixtures.py (fixtures) and run live by
# tests/surveillance/test_agreement_with_r.py.

suppressPackageStartupMessages(library(surveillance))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: Rscript r_reference.R IN.csv OUT.csv")

input <- read.csv(args[1], colClasses = c(day = "character", count = "numeric"))
series <- sts(observed = input$count, epoch = as.Date(input$day), frequency = 365)
out <- data.frame(day = input$day, count = input$count)

for (method in c("C1", "C2", "C3")) {
  result <- earsC(series, control = list(method = method, baseline = 7, alpha = 0.001))
  assessed <- match(format(epoch(result)), input$day)
  upper <- rep(NA_real_, nrow(input))
  alarm <- rep(NA, nrow(input))
  upper[assessed] <- result@upperbound[, 1]
  alarm[assessed] <- result@alarm[, 1]
  key <- tolower(method)
  out[[paste0(key, "_upperbound")]] <- ifelse(is.na(upper), "NA", sprintf("%.17g", upper))
  out[[paste0(key, "_alarm")]] <- ifelse(is.na(alarm), "NA", ifelse(alarm, "TRUE", "FALSE"))
}

write.csv(out, args[2], row.names = FALSE, quote = FALSE)
