using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KiroSpecs.Benchmarks;

/// <summary>
/// Adversarial usecase.md documents for `worstcase`: each fills a size budget with one shape that stresses
/// one stage of the pipeline (outline, use-case model, interaction model, branch planning, section items,
/// writing). All are written here, by formula; none is taken from a real document.
/// </summary>
public static class WorstCaseDocuments
{
    /// <summary>The shapes, in the order the table lists them.</summary>
    public static IReadOnlyList<(string Name, string What)> Shapes { get; } = new[]
    {
        ("alternatives", "one alternative at every basic step, each \"Flow terminates\""),
        ("exceptions", "one exception flow at every basic step"),
        ("nested-alternatives", "alternatives inside the steps other alternatives skip, and sub-extensions of extensions"),
        ("use-cases", "thousands of small use cases, each \"same as\" and depending on the one before"),
        ("participants", "thousands of actors declared and named in steps"),
        ("long-lines", "steps, conditions and titles of 256 KB each"),
        ("tables", "a step table of thousands of rows and a table of 2,000 columns"),
        ("deep-lists", "lists nested hundreds of levels deep"),
        ("cross-references", "steps \"as in UC-n\" naming thousands of use cases"),
        ("escaping", "long runs of characters Mermaid and Markdown need escaped"),
        ("links", "thousands of use cases, each linking to another use case's document"),
    };

    public static string Create(string shape, int bytes) => shape switch
    {
        "alternatives" => Alternatives(bytes, "Alternative Flows", "AF"),
        "exceptions" => Alternatives(bytes, "Exception Flows", "EF"),
        "nested-alternatives" => NestedAlternatives(bytes),
        "use-cases" => UseCases(bytes),
        "participants" => Participants(bytes),
        "long-lines" => LongLines(bytes),
        "tables" => Tables(bytes),
        "deep-lists" => DeepLists(bytes),
        "cross-references" => CrossReferences(bytes),
        "escaping" => Escaping(bytes),
        "links" => Links(bytes),
        _ => throw new ArgumentException($"unknown shape '{shape}'"),
    };

    /// <summary>The shape: n basic steps, and at each step i a branch "if item i fails … Flow terminates".</summary>
    public static string Alternatives(int bytes, string section, string prefix)
    {
        // About 190 bytes per step and branch.
        var count = Math.Max(1, bytes / 190);
        return Chained(count, section, prefix);
    }

    /// <summary>Use cases each with a Markdown link to another use case's document (a relation of the use case it is written in).</summary>
    private static string Links(int bytes)
    {
        var sb = new StringBuilder("# Use Case Document: Links\n\n");
        for (var n = 1; sb.Length < bytes; n++)
        {
            sb.Append("## UC-").Append(I(n)).Append(" Step ").Append(I(n)).Append("\n\n**Actors:** Clerk\n\n### Basic Flow\n\n1. Clerk opens the record as in [UC-")
              .Append(I(n + 1)).Append(" Next](UC-").Append(I(n + 1)).Append("-next.md).\n2. The system saves the record.\n\n");
        }

        return sb.ToString();
    }

    /// <summary>n basic steps and n branches "At step i, if item i fails … Flow terminates".</summary>
    public static string Chained(int count, string section = "Alternative Flows", string prefix = "AF")
    {
        var sb = new StringBuilder("# Use Case Document: Chained\n\n### UC-1: Checklist\n\n#### Actors\n- Primary: Inspector\n\n#### Basic Flow\n");
        for (var i = 1; i <= count; i++)
        {
            sb.Append(I(i)).Append(". Inspector checks item ").Append(I(i)).Append(" with the System\n");
        }

        sb.Append("\n#### ").Append(section).Append('\n');
        for (var i = 1; i <= count; i++)
        {
            sb.Append("##### ").Append(prefix).Append("-1.").Append(I(i)).Append(": Item ").Append(I(i)).Append(" fails\n- At step ").Append(I(i))
              .Append(", if item ").Append(I(i)).Append(" fails\n- System shows an error to the Inspector\n- Flow terminates\n\n");
        }

        return sb.ToString();
    }

    private static string NestedAlternatives(int bytes)
    {
        var sb = new StringBuilder("# Use Case Document: Nested\n\n");
        var half = bytes / 2;

        // Use case 1: alternative i at step i continues at step 2n - i, so each skips a range holding the next.
        var count = Math.Max(2, half / 230);
        sb.Append("### UC-1: Nested ranges\n\n#### Actors\n- Primary: Clerk\n\n#### Basic Flow\n");
        for (var i = 1; i <= 2 * count; i++)
        {
            sb.Append(I(i)).Append(". System stores record ").Append(I(i)).Append(" in the database\n");
        }

        sb.Append("\n#### Alternative Flows\n");
        for (var i = 1; i <= count; i++)
        {
            sb.Append("##### AF-1.").Append(I(i)).Append(": Record ").Append(I(i)).Append(" is a draft\n- At step ").Append(I(i))
              .Append(", if record ").Append(I(i)).Append(" is a draft\n- System marks record ").Append(I(i)).Append(" as pending\n- Continue with step ")
              .Append(I((2 * count) - i)).Append("\n\n");
        }

        // Use case 2: Cockburn extensions with extensions of their steps, several levels deep.
        sb.Append("\n## Use Case: Nested extensions\n\n**Primary Actor:** Clerk\n\n**Main Success Scenario:**\n");
        var steps = Math.Max(1, half / 400);
        for (var i = 1; i <= steps; i++)
        {
            sb.Append(I(i)).Append(". Clerk enters line ").Append(I(i)).Append(".\n");
        }

        sb.Append("\n**Extensions:**\n");
        for (var i = 1; i <= steps; i++)
        {
            var id = I(i) + "a";
            sb.Append(id).Append(". Line ").Append(I(i)).Append(" is invalid:\n");
            var indent = "    ";
            for (var level = 1; level <= 4; level++)
            {
                id += "1";
                sb.Append(indent).Append(id).Append(". System rejects line ").Append(I(i)).Append(".\n");
                id += "a";
                sb.Append(indent).Append(id).Append(". Rejection fails:\n");
                indent += "    ";
            }
        }

        return sb.ToString();
    }

    private static string UseCases(int bytes)
    {
        var sb = new StringBuilder("# Use Case Document: Many\n\n## Primary Actors\n- **Clerk**: enters orders\n\n## Use Cases\n\n");
        var n = 0;
        while (sb.Length < bytes - 100_000)
        {
            n++;
            var id = "UC-" + I(n);
            sb.Append("### ").Append(id).Append(": Handle order ").Append(I(n)).Append("\n\n#### Actors\n- Primary: Clerk\n- Secondary: Payment Gateway\n\n")
              .Append("#### Preconditions\n- Order ").Append(I(n)).Append(" exists\n\n#### Basic Flow\n")
              .Append("1. Clerk opens order ").Append(I(n)).Append("\n2. System loads the order from the database\n")
              .Append("3. System charges the card with the Payment Gateway\n4. System shows the receipt to the Clerk\n\n")
              .Append("#### Alternative Flows\n##### AF-").Append(I(n)).Append(".1: Order locked\n- At step 2, if the order is locked\n- System shows the lock owner\n- Flow terminates\n\n")
              .Append("#### Exception Flows\n");
            if (n > 1)
            {
                sb.Append("- Same as UC-").Append(I(n - 1)).Append("\n\n");
            }
            else
            {
                sb.Append("##### EF-1.1: Gateway down\n- At step 3, if the Payment Gateway does not answer\n- System retries once\n- Flow terminates\n\n");
            }

            sb.Append("#### Business Rules\n- BR-").Append(I(n)).Append(": An order is charged once\n\n");
        }

        sb.Append("## Use Case Dependencies\n\n```mermaid\ngraph TD\n");
        for (var i = 2; i <= n && sb.Length < bytes; i++)
        {
            sb.Append("    UC").Append(I(i - 1)).Append(" --> UC").Append(I(i)).Append('\n');
        }

        return sb.Append("```\n").ToString();
    }

    private static string Participants(int bytes)
    {
        var count = Math.Max(2, bytes / 125);
        var sb = new StringBuilder("# Use Case Document: Crowd\n\n## Primary Actors\n");
        for (var i = 1; i <= count / 2; i++)
        {
            sb.Append("- **").Append(Name(i)).Append(" Officer**: reviews case ").Append(I(i)).Append('\n');
        }

        sb.Append("\n## Use Cases\n\n### UC-1: Crowded review\n\n#### Actors\n- Primary: ").Append(Name(1)).Append(" Officer\n- Secondary: ");
        for (var i = 1; i <= count / 2; i++)
        {
            sb.Append(i > 1 ? ", " : string.Empty).Append(Name(i)).Append(" Registry Service");
        }

        sb.Append("\n\n#### Basic Flow\n");
        for (var i = 1; i <= count; i++)
        {
            var k = ((i * 7919) % (count / 2)) + 1;
            sb.Append(I(i)).Append(i % 2 == 0
                ? ". System asks the " + Name(k) + " Registry Service for the file of " + Name(k) + " Officer\n"
                : ". " + Name(k) + " Officer sends the form to the " + Name(k) + " Registry Service and tells " + Name(k + 1) + " Officer\n");
        }

        return sb.ToString();
    }

    private static string LongLines(int bytes)
    {
        const int LineBytes = 256 * 1024;
        var lines = Math.Max(1, bytes / LineBytes);
        var words = new StringBuilder();
        while (words.Length < LineBytes)
        {
            words.Append("System stores the order in the database and sends it to the Payment Gateway ");
        }

        var line = words.ToString(0, LineBytes);
        var sb = new StringBuilder("# Use Case Document: Long\n\n### UC-1: ").Append(line[..1000]).Append("\n\n#### Actors\n- Primary: Clerk\n\n#### Basic Flow\n");
        for (var i = 1; i <= lines / 2; i++)
        {
            sb.Append(I(i)).Append(". ").Append(line).Append('\n');
        }

        sb.Append("\n#### Exception Flows\n");
        for (var i = 1; i <= lines - (lines / 2); i++)
        {
            sb.Append("##### EF-1.").Append(I(i)).Append(": ").Append(line[..(LineBytes / 4)]).Append("\n- At step ").Append(I(i)).Append(", if ")
              .Append(line[..(LineBytes / 2)]).Append("\n- ").Append(line[..(LineBytes / 4)]).Append("\n- Flow terminates\n\n");
        }

        return sb.ToString();
    }

    private static string Tables(int bytes)
    {
        var sb = new StringBuilder("# Use Case Document: Tables\n\n## Use Cases\n\n### UC-01: Table flow\n\n#### Actors\n| Actor | Role |\n| --- | --- |\n| Employee | Primary |\n| Finance Officer | Secondary |\n\n#### Main Flow\n\n| Step | Actor | Action |\n| --- | --- | --- |\n");
        var rows = Math.Max(1, (bytes / 2) / 70);
        for (var i = 1; i <= rows; i++)
        {
            sb.Append("| ").Append(I(i)).Append(i % 2 == 0 ? " | System | Saves claim " : " | Employee | Uploads receipt ").Append(I(i)).Append(" to the database |\n");
        }

        sb.Append("\n#### Exception Flows\n\n| ID | Condition | Handling |\n| --- | --- | --- |\n");
        for (var i = 1; i <= rows / 20; i++)
        {
            sb.Append("| EF-01.").Append(I(i)).Append(" | At step ").Append(I(i * 10)).Append(", if receipt ").Append(I(i)).Append(" is unreadable | System asks for a clearer photo |\n");
        }

        // Data elements as one wide table, repeated.
        sb.Append("\n#### Data Elements\n\n");
        const int Columns = 2000;
        var header = new StringBuilder("|");
        var rule = new StringBuilder("|");
        for (var c = 0; c < Columns; c++)
        {
            header.Append(" field_").Append(I(c)).Append(" |");
            rule.Append(" --- |");
        }

        sb.Append(header).Append('\n').Append(rule).Append('\n');
        var row = new StringBuilder("|");
        for (var c = 0; c < Columns; c++)
        {
            row.Append(" string |");
        }

        while (sb.Length < bytes - row.Length)
        {
            sb.Append(row).Append('\n');
        }

        return sb.ToString();
    }

    private static string DeepLists(int bytes)
    {
        var sb = new StringBuilder("# Use Case Document: Deep\n\n### UC-1: Deep lists\n\n#### Actors\n- Primary: Customer\n\n#### Basic Flow\n1. Customer opens the page\n");
        var step = 2;
        while (sb.Length < bytes / 2)
        {
            sb.Append(I(step)).Append(". System checks part ").Append(I(step)).Append('\n');
            for (var level = 1; level <= 200; level++)
            {
                sb.Append(' ', 3 * level).Append("- System checks sub-part ").Append(I(level)).Append('\n');
            }

            step++;
        }

        sb.Append("\n#### Exception Flows\n##### EF-1.1: Deep\n- At step 2, if the part is broken\n");
        while (sb.Length < bytes)
        {
            sb.Append(string.Concat(System.Linq.Enumerable.Repeat("- ", 1000))).Append("deep item\n");
            sb.Append(new string('>', 1000)).Append(" deep quote\n");
        }

        return sb.Append("- Flow terminates\n").ToString();
    }

    private static string CrossReferences(int bytes)
    {
        var sb = new StringBuilder("# Use Case Document: References\n\n## Use Cases\n\n");
        var useCases = 2000;
        for (var n = 1; n <= useCases; n++)
        {
            sb.Append("### UC-").Append(I(n)).Append(": Step ").Append(I(n)).Append("\n\n#### Actors\n- Primary: Clerk\n\n#### Basic Flow\n1. Clerk opens form ").Append(I(n))
              .Append("\n2. System validates the form as in UC-").Append(I(((n * 31) % useCases) + 1)).Append("\n\n");
        }

        sb.Append("### UC-").Append(I(useCases + 1)).Append(": Everything\n\n#### Actors\n- Primary: Clerk\n\n#### Basic Flow\n");
        var step = 1;
        while (sb.Length < bytes)
        {
            sb.Append(I(step)).Append(". System validates the input as in UC-").Append(I(((step * 17) % useCases) + 1))
              .Append(", then as in UC-").Append(I(((step * 13) % useCases) + 1)).Append(" and includes UC-").Append(I(((step * 7) % useCases) + 1)).Append('\n');
            step++;
        }

        return sb.ToString();
    }

    private static string Escaping(int bytes)
    {
        var hostile = new StringBuilder();
        while (hostile.Length < 4000)
        {
            hostile.Append("#;<>\"{}%%--> ;; `end` [x](y) *a* _b_ & | \\ é日本🚀 ");
        }

        var text = hostile.ToString();
        var sb = new StringBuilder("# Use Case Document: ").Append(text[..200]).Append("\n\n### UC-1: ").Append(text[..500]).Append("\n\n#### Actors\n- Primary: Clerk\n\n#### Basic Flow\n");
        var i = 1;
        while (sb.Length < bytes * 2 / 3)
        {
            sb.Append(I(i)).Append(". System shows ").Append(text).Append(" to the Clerk\n");
            i++;
        }

        sb.Append("\n#### Exception Flows\n");
        var e = 1;
        while (sb.Length < bytes * 7 / 8)
        {
            sb.Append("##### EF-1.").Append(I(e)).Append(": ").Append(text[..300]).Append("\n- At step ").Append(I(e)).Append(", if ").Append(text[..1000]).Append("\n- Flow terminates\n\n");
            e++;
        }

        return sb.ToString();
    }

    /// <summary>A distinct capitalised word per number, so actor names differ from their first word on.</summary>
    private static string Name(int i)
    {
        var sb = new StringBuilder();
        var n = i;
        do
        {
            sb.Append((char)('a' + (n % 26)));
            n /= 26;
        }
        while (n > 0);

        sb[0] = char.ToUpperInvariant(sb[0]);
        return "Zo" + sb.ToString().ToLowerInvariant() + "x";
    }

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);
}
