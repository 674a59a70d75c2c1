using System.Collections.Generic;

namespace KiroSpecs.Core.UseCases;

/// <summary>Reads the entries of a section into <see cref="UseCaseNote"/>s, keeping code blocks whole.</summary>
internal static class NoteReader
{
    /// <summary>
    /// The code blocks of a section whose text is read elsewhere (preconditions, postconditions): "The attribute is
    /// not defined in the file:" followed by the file's content keeps that content as a note.
    /// </summary>
    public static void ReadCode(SectionBuffer section, List<UseCaseNote> notes)
    {
        var label = Texts.Clean(section.Label);
        foreach (var entry in section.Content)
        {
            if (entry.Kind == OutlineKind.Code && entry.Text.Trim().Length > 0 && !entry.Marker.Trim().Equals("mermaid", System.StringComparison.OrdinalIgnoreCase))
            {
                notes.Add(new UseCaseNote(label, entry.Text.TrimEnd(), true, entry.Marker.Trim(), entry.Position));
            }
        }
    }

    public static void Read(SectionBuffer section, List<UseCaseNote> notes)
    {
        var label = Texts.Clean(section.Label);
        foreach (var entry in section.Content)
        {
            if (entry.Kind == OutlineKind.Code)
            {
                if (entry.Text.Trim().Length > 0)
                {
                    notes.Add(new UseCaseNote(label, entry.Text.TrimEnd(), true, entry.Marker.Trim(), entry.Position));
                }

                continue;
            }

            var text = entry.Kind == OutlineKind.TableRow && !entry.IsHeaderRow
                ? Texts.Clean(string.Join(" | ", entry.Cells))
                : entry.Kind == OutlineKind.TableRow ? string.Empty : Texts.Clean(entry.Text);
            if (text.Length > 0)
            {
                notes.Add(new UseCaseNote(label, text, false, string.Empty, entry.Position));
            }
        }
    }
}
