namespace KiroSpecs.Build.Tests.Infrastructure;

/// <summary>Spec files written for the integration tests (our own invented features).</summary>
internal static class SpecTexts
{
    /// <summary>A spec.json as the workflow leaves it after the use-case step; line 13 holds "approved".</summary>
    public static string Spec(string feature, bool approved, string phase = "usecase-defined", string description = "Vending machine sells snacks; 自動販売機") => $$"""
        {
          "feature_name": "{{feature}}",
          "project_description": "{{description}}",
          "created_at": "2026-01-10T08:00:00Z",
          "updated_at": "2026-01-10T08:00:00Z",
          "language": "en",
          "phase": "{{phase}}",
          "approvals": {
            "requirements": { "generated": true, "approved": true },
            "usecase": {
              "generated": true,
              "approved": {{(approved ? "true" : "false")}}
            }
          },
          "ready_for_implementation": false
        }

        """;

    /// <summary>A two-use-case document in the workflow's template.</summary>
    public static string UseCase(string title = "Snack Vending", string extraStep = "") => $$"""
        # Use Case Document: {{title}}

        ## Use Cases

        ### UC-1: Buy a Snack

        #### Actors
        - Primary: Customer
        - Secondary: Payment Terminal

        #### Basic Flow (Happy Path)
        1. Customer selects a snack slot on the keypad
        2. System checks the stock level in the database
        3. Customer taps a card on the Payment Terminal
        4. System charges the card through the Payment Terminal
        5. System releases the snack
        6. System shows "Enjoy" to the Customer{{extraStep}}

        #### Alternative Flows
        ##### AF-1.1: Slot empty
        - At step 2, if the slot is empty
        - System shows "Sold out" to the Customer
        - Flow terminates

        #### Exception Flows
        ##### EF-1.1: Card declined
        - At step 4, if the card is declined
        - System shows "Card declined" to the Customer
        - Flow terminates

        ### UC-2: Restock the Machine

        #### Actors
        - Primary: Operator

        #### Basic Flow (Happy Path)
        1. Operator opens the service panel
        2. System records the new stock levels in the database
        3. System shows the stock summary to the Operator

        """;
}
