#!/usr/bin/env bash
# Summarises the TRX files written by `dotnet test --logger trx` (build/test.sh runs it).
#   build/summarize-trx.sh FILE.trx...
# Prints, sorted, one line per test that did not pass:
#   skipped: Namespace.Class.Test: reason      Assert.Ignore, [Ignore], Assert.Inconclusive
#   failed: Namespace.Class.Test: message      the innermost exception of a failed case source
#   failed: FILE.trx: test run aborted: why    a run that broke off (test host crashed or killed)
# and last, one line
#   NUnit: P passed, F failed, S skipped
# summed over the files, from each file's <Counters>:
#   P = passed
#   F = failed + error + timeout + aborted, plus 1 for a run that did not complete (a RunInfo of
#       outcome Error, or a ResultSummary other than Completed/Passed/Warning with no failed test)
#       and 1 for a file without <Counters> (written only in part; its results are then counted one by one)
#   S = (total - executed) + inconclusive
# A crashed test host leaves a file whose counters can all be 0: the abort is what makes it fail.
# Exit status: 0 nothing failed, 1 something failed, 2 usage error (no file, unreadable file).
# Self-test: tests/trx-summary/run.sh (run by build/test.sh).
set -euo pipefail

[ "$#" -gt 0 ] || { echo "usage: summarize-trx.sh FILE.trx..." >&2; exit 2; }

# One file: the lines above for that file, then "counts P F S". The file is read twice: the class
# of each test sits in <TestDefinitions>, after the results that name only the method.
summarize_one() {
  LC_ALL=C awk -v file="$(basename "$1")" '
    function attr(line, name,   m) {
      if (match(line, " " name "=\"[^\"]*\"")) {
        m = substr(line, RSTART + length(name) + 3, RLENGTH - length(name) - 4)
        return m
      }
      return ""
    }
    function unescape(s) {
      gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s); gsub(/&apos;/, "\047", s)
      gsub(/&#xD;/, "", s); gsub(/&#xA;/, " ", s); gsub(/&amp;/, "\\&", s)
      sub(/^[ \t]+/, "", s); sub(/[ \t\r]+$/, "", s)
      return s
    }
    function shorten(s) { return length(s) > 300 ? substr(s, 1, 299) "..." : s }
    function finish_result(   kind, why) {
      if (outcome ~ /^(NotExecuted|Inconclusive|NotRunnable|Pending|Disconnected)$/) kind = "skipped"
      else if (outcome ~ /^(Failed|Error|Timeout|Aborted)$/) kind = "failed"
      else kind = ""
      seen[kind == "" ? "passed" : kind]++
      why = inner != "" ? inner : message
      if (why == "") why = (kind == "skipped" ? "no reason given" : "no message")
      if (kind != "") print kind ": " name ": " shorten(unescape(why))
      in_result = 0; in_message = 0; message = ""; inner = ""
    }
    NR == FNR {
      if ($0 ~ /<UnitTest /) test_id = attr($0, "id")
      if ($0 ~ /<TestMethod /) class_of[test_id] = attr($0, "className")
      next
    }
    /<UnitTestResult / {
      outcome = attr($0, "outcome"); name = attr($0, "testName"); id = attr($0, "testId")
      if (class_of[id] != "") name = class_of[id] "." name
      name = unescape(name)
      in_result = 1; message = ""; inner = ""
      if ($0 ~ /\/>[ \t\r]*$/) finish_result()
      next
    }
    in_result && /<Message>/ {
      in_message = 1
      text = $0; sub(/.*<Message>/, "", text)
    }
    in_message {
      if (!(/<Message>/)) text = $0
      if (text ~ /<\/Message>/) { sub(/<\/Message>.*/, "", text); in_message = 0 }
      if (message == "" && text ~ /[^ \t\r]/) message = text
      if (text ~ /----&gt;/) { inner = text; sub(/.*----&gt;[ \t]*/, "", inner) }
    }
    in_result && /<\/UnitTestResult>/ { finish_result(); next }
    /<ResultSummary / { summary = attr($0, "outcome") }
    /<Counters / {
      has_counters = 1
      passed = attr($0, "passed") + 0
      failed = attr($0, "failed") + attr($0, "error") + attr($0, "timeout") + attr($0, "aborted")
      skipped = attr($0, "total") - attr($0, "executed") + attr($0, "inconclusive")
    }
    /<RunInfo / && attr($0, "outcome") == "Error" { in_run_error = 1; run_errors++ }
    in_run_error && /<Text>/ {
      text = $0; sub(/.*<Text>/, "", text); sub(/<\/Text>.*/, "", text)
      if (run_error == "") run_error = text
      in_run_error = 0
    }
    END {
      if (!has_counters) {
        print "failed: " file ": no <Counters> in the file (the run did not finish writing it)"
        print "counts " seen["passed"] + 0 " " seen["failed"] + 1 " " seen["skipped"] + 0
        exit
      }
      if (run_errors > 0) {
        print "failed: " file ": test run aborted: " shorten(unescape(run_error))
        failed++
      } else if (summary !~ /^(Completed|Passed|Warning)$/ && failed == 0) {
        print "failed: " file ": the run ended \"" summary "\" without a failed test"
        failed++
      }
      print "counts " passed " " failed " " skipped
    }
  ' "$1" "$1"
}

passed=0 failed=0 skipped=0
details=""
for trx in "$@"; do
  [ -r "$trx" ] || { echo "summarize-trx: cannot read $trx" >&2; exit 2; }
  out="$(summarize_one "$trx")"
  read -r _ p f s <<<"$(tail -n 1 <<<"$out")"
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  details+="$(sed '$d' <<<"$out")"$'\n'
done

# Skipped first, then failed (the last lines are the ones a reader sees), each sorted.
grep '^skipped: ' <<<"$details" | LC_ALL=C sort || true
grep '^failed: ' <<<"$details" | LC_ALL=C sort || true
echo "NUnit: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
