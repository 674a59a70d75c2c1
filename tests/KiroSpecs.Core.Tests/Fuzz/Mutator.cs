using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KiroSpecs.Core.Tests.Fuzz;

/// <summary>
/// Seeded, structure-aware mutations of a document: line edits (insert, delete, duplicate, swap
/// headings), hostile tokens, deep nesting, line-ending mixes, truncation and raw byte damage.
/// The same <see cref="Random"/> seed always gives the same mutant.
/// </summary>
internal sealed class Mutator
{
    private readonly Random _random;

    public Mutator(Random random) => _random = random;

    /// <summary>Applies one to <paramref name="maxMutations"/> text mutations.</summary>
    public string MutateText(string text, int maxMutations)
    {
        var count = _random.Next(1, maxMutations + 1);
        for (var i = 0; i < count; i++)
        {
            text = _random.Next(14) switch
            {
                13 => _random.Next(4) == 0 ? text + ManyFlows() : InsertAtRandom(text, Token()),
                0 => EditLines(text, lines => lines.RemoveAt(_random.Next(lines.Count))),
                1 => EditLines(text, lines => { var at = _random.Next(lines.Count); lines.Insert(at, lines[_random.Next(lines.Count)]); }),
                2 => EditLines(text, lines => { var at = _random.Next(lines.Count); var n = _random.Next(1, 6); lines.InsertRange(at, lines.Skip(at).Take(n).ToList()); }),
                3 => SwapHeadings(text),
                4 => InsertAtRandom(text, Token()),
                5 => EditLines(text, lines => { var at = _random.Next(lines.Count); lines[at] = Token() + lines[at] + Token(); }),
                6 => EditLines(text, lines => lines.Insert(_random.Next(lines.Count + 1), RandomStep())),
                7 => EditLines(text, lines => lines.Insert(_random.Next(lines.Count + 1), DeepNesting())),
                8 => MixLineEndings(text),
                9 => text[.._random.Next(text.Length + 1)],
                10 => EditLines(text, lines => { var at = _random.Next(lines.Count); lines[at] = new string(' ', _random.Next(0, 12)) + lines[at].TrimStart(); }),
                11 => ReplaceWord(text),
                _ => EditLines(text, lines => { var at = _random.Next(lines.Count); lines[at] = Scramble(lines[at]); }),
            };
        }

        return text;
    }

    /// <summary>Damages the UTF-8 bytes of a text: random bytes, a cut inside a multi-byte character, a BOM, NULs.</summary>
    public byte[] MutateBytes(byte[] bytes)
    {
        var list = bytes.ToList();
        var count = _random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            switch (_random.Next(5))
            {
                case 0:
                    list.Insert(_random.Next(list.Count + 1), (byte)_random.Next(256));
                    break;
                case 1 when list.Count > 0:
                    list[_random.Next(list.Count)] = (byte)_random.Next(0x80, 0x100);
                    break;
                case 2:
                    list.InsertRange(0, new byte[] { 0xEF, 0xBB, 0xBF });
                    break;
                case 3 when list.Count > 0:
                    var at = _random.Next(list.Count);
                    list.RemoveRange(at, Math.Min(list.Count - at, _random.Next(1, 4)));
                    list.Insert(_random.Next(list.Count + 1), 0);
                    break;
                default:
                    list.InsertRange(_random.Next(list.Count + 1), Encoding.UTF8.GetBytes("é日🚀").Take(_random.Next(1, 9)));
                    break;
            }
        }

        return list.ToArray();
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public bool Chance(int oneIn) => _random.Next(oneIn) == 0;

    private string Token() => Pick(FuzzSeeds.HostileTokens);

    private static string EditLines(string text, Action<List<string>> edit)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count == 0)
        {
            lines.Add(string.Empty);
        }

        edit(lines);
        return string.Join("\n", lines);
    }

    private string SwapHeadings(string text) => EditLines(text, lines =>
    {
        var headings = Enumerable.Range(0, lines.Count).Where(i => lines[i].TrimStart().StartsWith('#') || lines[i].StartsWith("**", StringComparison.Ordinal)).ToList();
        if (headings.Count < 2)
        {
            return;
        }

        var a = Pick(headings);
        var b = Pick(headings);
        (lines[a], lines[b]) = (lines[b], lines[a]);
    });

    private string InsertAtRandom(string text, string token)
    {
        var at = _random.Next(text.Length + 1);
        return text[..at] + token + text[at..];
    }

    private string ReplaceWord(string text)
    {
        var words = new[] { "System", "step", "Flow", "Actors", "Primary", "UC-1", "database", "terminates", "Resume", "At" };
        var word = Pick(words);
        var at = text.IndexOf(word, StringComparison.Ordinal);
        return at < 0 ? text : text[..at] + Token() + text[(at + word.Length)..];
    }

    private string RandomStep()
    {
        var number = _random.Next(4) switch
        {
            0 => _random.Next(0, 30).ToString(System.Globalization.CultureInfo.InvariantCulture) + ". ",
            1 => "- ",
            2 => _random.Next(1, 9).ToString(System.Globalization.CultureInfo.InvariantCulture) + "a. ",
            _ => "   " + _random.Next(1, 9).ToString(System.Globalization.CultureInfo.InvariantCulture) + ". ",
        };
        var subjects = new[] { "System", "Customer", "Courier", "Database", "the Payment Gateway", "Token", "end" };
        var verbs = new[] { "sends", "stores", "shows", "asks", "checks", "returns", "logs", "emails" };
        var sb = new StringBuilder(number);
        sb.Append(Pick(subjects)).Append(' ').Append(Pick(verbs)).Append(' ');
        for (var i = _random.Next(0, 4); i > 0; i--)
        {
            sb.Append(Token()).Append(' ');
        }

        sb.Append("to the ").Append(Pick(subjects));
        return sb.ToString();
    }

    /// <summary>Tens to hundreds of flows anchored at random steps: chained alt blocks and long state diagrams.</summary>
    private string ManyFlows()
    {
        var sb = new StringBuilder("\n#### Alternative Flows\n");
        var endings = new[] { "Flow terminates", "Resume at step 1", "Resume at step 40", "Skip steps 2-30, proceed to step 31", "Continue with step 3", string.Empty };
        for (var i = _random.Next(10, 150); i > 0; i--)
        {
            var step = _random.Next(0, 40).ToString(System.Globalization.CultureInfo.InvariantCulture);
            sb.Append("##### AF-1.").Append(i).Append(": Case ").Append(Token()).Append('\n')
              .Append("- At step ").Append(step).Append(", if ").Append(Token()).Append(" happens\n")
              .Append("- System shows ").Append(Token()).Append(" to the Customer\n")
              .Append("- ").Append(Pick(endings)).Append("\n\n");
        }

        return sb.ToString();
    }

    private string DeepNesting()
    {
        var depth = _random.Next(2, 200);
        return _random.Next(5) switch
        {
            0 => string.Concat(Enumerable.Repeat("- ", depth)) + "deep",
            1 => new string('>', depth) + " quoted",
            2 => string.Concat(Enumerable.Range(0, Math.Min(depth, 40)).Select(i => new string(' ', i * 2) + "- level " + i + "\n")),
            3 => new string('[', depth) + "x" + new string(']', depth),
            _ => new string('*', depth) + "x" + new string('*', depth),
        };
    }

    private string MixLineEndings(string text)
    {
        var endings = new[] { "\n", "\r\n", "\r", "\n\r" };
        var sb = new StringBuilder(text.Length + 64);
        foreach (var line in text.Split('\n'))
        {
            sb.Append(line).Append(Pick(endings));
        }

        return sb.ToString();
    }

    private string Scramble(string line)
    {
        var chars = line.ToCharArray();
        for (var i = 0; i < chars.Length / 4; i++)
        {
            var a = _random.Next(chars.Length);
            var b = _random.Next(chars.Length);
            (chars[a], chars[b]) = (chars[b], chars[a]);
        }

        return new string(chars);
    }
}
