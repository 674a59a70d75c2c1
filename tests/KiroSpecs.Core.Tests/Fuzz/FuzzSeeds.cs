namespace KiroSpecs.Core.Tests.Fuzz;

/// <summary>Real-shaped documents (our own) that the fuzzer mutates: each template the parser knows, once.</summary>
internal static class FuzzSeeds
{
    public static readonly string[] UseCases =
    [
        """
        # Use Case Document: Parcel Lockers

        ## Actors
        - Courier: drops parcels
        - Recipient: collects parcels

        ## Use Cases

        ### UC-1: Drop a Parcel

        #### Actors
        - Primary: Courier
        - Secondary: Locker Controller

        #### Preconditions
        - The courier is signed in

        #### Basic Flow (Happy Path)
        1. Courier scans the parcel label
        2. System looks up the parcel in the database
        3. System asks the Locker Controller to open a free compartment
        4. Courier places the parcel and closes the door
        5. System sends a pickup code by SMS to the Recipient
        6. System shows "Done" to the Courier

        #### Alternative Flows
        ##### AF-1.1: No free compartment
        - At step 3, if every compartment is taken
        - System shows "Locker full" to the Courier
        - Skip steps 4-5, proceed to step 6

        ##### AF-1.2: Label unreadable
        - At step 1, if the label cannot be read
        - Courier types the tracking number
        - Resume at step 2

        #### Exception Flows
        ##### EF-1.1: Controller offline
        - At step 3, if the Locker Controller does not answer
        - System logs the outage to the audit log
        - Flow terminates

        #### Postconditions
        - The parcel is in a closed compartment

        ### UC-2: Collect a Parcel

        #### Actors
        - Primary: Recipient

        #### Basic Flow (Happy Path)
        1. Recipient enters the pickup code
        2. System checks the code in the cache
        3. System opens the compartment
        4. Recipient takes the parcel

        #### Exception Flows
        ##### EF-2.1: Wrong code
        - At any step, if the code was entered wrongly three times
        - System blocks the keypad for a minute
        - Flow terminates

        """,
        """
        # Library Returns

        ## Use Case: Return a Book

        **Primary Actor:** Member

        **Preconditions:** The member has a loan.

        **Main Success Scenario:**

        1. Member puts the book on the return shelf.
        2. System reads the RFID tag.
        3. System closes the loan in the database.
        4. System emails a receipt to the Member.

        **Extensions:**

        2a. The tag cannot be read:
            2a1. System asks the Member to scan the barcode.
            2a2. Use case resumes at step 3.

        3a. The loan is overdue:
            3a1. System charges a fee through the payment gateway.
            3a2. Use case continues at step 4.

        *a. At any time, the shelf sensor fails:
            *a1. System shows an out-of-order notice.
            *a2. Use case ends.

        """,
        """
        # Use Case Document: 勤怠管理

        ### UC-1: 出勤を記録する

        **Actors:** 社員, Time Clock

        **Basic Flow:**
        1. 社員 taps the badge on the Time Clock
        2. System records the clock-in in the database
           1. System checks for a duplicate entry
           2. System rounds the time to the minute
        3. System shows 「おはようございます」 to the 社員

        **Alternative Flows:**
        - AF-1.1: At step 2, if a clock-in already exists
          - System shows the existing time
          - Flow terminates

        **Exception Flows:**
        - EF-1.1: At step 2, if the database is unavailable
          - System queues the entry
          - Flow terminates

        """,
        """
        ---
        title: Gift cards
        ---
        # Gift Cards

        ## UC-7: Redeem a Gift Card

        | Field | Value |
        |---|---|
        | Primary Actor | Shopper |
        | Secondary Actors | Card Issuer |

        ### Basic Flow
        1. Shopper enters the card code
        2. System checks the code format
        3. System asks the Card Issuer for the balance
        4. System stores the redemption in the database
        5. System sends a receipt email

        ### Exception Flows
        #### EF-7.1: Issuer down
        - At step 3, if the Card Issuer does not answer
        - System logs the outage
        - Flow terminates

        ### Dependencies
        - UC-1 must be complete

        """,
    ];

    public static readonly string[] Specs =
    [
        """
        {
          "feature_name": "fuzz",
          "created_at": "2026-01-10T08:00:00Z",
          "updated_at": "2026-01-10T08:00:00Z",
          "language": "en",
          "phase": "usecase-defined",
          "approvals": {
            "requirements": { "generated": true, "approved": true },
            "usecase": { "generated": true, "approved": true }
          },
          "ready_for_implementation": false
        }

        """,
        """
        // hand-edited
        {
          "feature_name": "fuzz", /* inline */
          "phase": "sequence-defined",
          "sequences_count": 1,
          "approvals": {
            "usecase": { "generated": true, "approved": true, },
            "sequence": { "generated": true, "approved": false },
          },
        }
        """,
        "{\r\n  \"feature_name\": \"fuzz\",\r\n  \"approvals\": {\r\n    \"usecase\": {\r\n      \"approved\": true\r\n    }\r\n  }\r\n}\r\n",
        "{\"approvals\":{\"usecase\":{\"approved\":true}},\"phase\":\"requirements-defined\",\"description\":\"日本語 ✅\"}",
    ];

    /// <summary>Text fragments that Mermaid or Markdown treat specially.</summary>
    public static readonly string[] HostileTokens =
    [
        ";", "#", "#35;", "%%", "%%{init: {}}%%", "end", "alt", "else", "loop", "par", "and", "opt", "critical", "break", "rect", "box",
        "participant", "actor", "Note over A: x", "activate", "deactivate", "autonumber", "click", "click A call alert(1)", "link",
        "->>", "-->>", "--x", "-x", "-)", "->", "-->", "<br>", "<br/>", "<script>", "</div>", "<!--", "-->", "&amp;", "&lt;", "&#59;",
        "```", "~~~", "```mermaid", "    ", "\t", "|", "||", "[", "]", "(", ")", "{", "}", "\"", "'", "`", "\\", ":", "::", ",", "*", "**",
        "_", "__", "> ", ">", "<", "- ", "* ", "+ ", "1. ", "1) ", "#### ", "### UC-9: ", "##### EF-9.1: ", "---", "===", "wrap:", "nowrap:",
        "sequenceDiagram", "stateDiagram-v2", "\u0000", "\u0007", "\u001B", "\u00A0", "\u200B", "\u2028", "\u202E", "\uFEFF", "\uFFFD",
        "é", "日本語", "🚀", "👩‍👩‍👧", "𝕌", "\r", "\r\n", "\n\n", "At step 2, if", "At any step, if", "Flow terminates", "Resume at step 99",
        "Skip steps 2-1, proceed to step 0", "proceed to step -1", "step 2147483648", "UC-1", "same as UC-1", "System", "Database", "cache",
    ];
}
