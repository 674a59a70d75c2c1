using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KiroSpecs.Core.Diagnostics;
using KiroSpecs.Core.Tests.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Diagnostics;

/// <summary>
/// DiagnosticDescriptors is the one catalogue: every code is defined there once, the README's
/// diagnostics tables list exactly those codes with their severities, the targets raise only
/// catalogue codes with the catalogue's text, and no source file spells a code of its own.
/// </summary>
public sealed class DiagnosticCatalogueTests
{
    private static readonly Regex s_readmeRow = new(@"^\| (KIRO\d{3}) \| (warning|error) \|", RegexOptions.Multiline);
    private static readonly Regex s_codeLiteral = new("\"KIRO\\d{3}\"");

    private static IReadOnlyList<DiagnosticDescriptor> Catalogue() =>
        typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();

    [Test]
    public void EveryCode_IsDefinedOnce()
    {
        // act
        var duplicates = Catalogue().GroupBy(d => d.Code).Where(g => g.Count() > 1).Select(g => g.Key);

        // assert
        Assert.That(Catalogue(), Has.Count.GreaterThan(20));
        Assert.That(duplicates, Is.Empty);
    }

    [Test]
    public void ReadmeDiagnosticsTables_ListExactlyTheCatalogue_WithItsSeverities()
    {
        // arrange
        var readme = File.ReadAllText(Path.Combine(GoldenTests.RepoRoot(), "README.md"));

        // act
        var listed = s_readmeRow.Matches(readme).Cast<Match>().Select(m => m.Groups[1].Value + " " + m.Groups[2].Value).ToList();
        var defined = Catalogue().Select(d => d.Code + " " + d.Severity.ToString().ToLowerInvariant()).ToList();

        // assert
        Assert.That(listed, Is.Unique, "a code listed twice in README");
        Assert.That(defined.Except(listed), Is.Empty, "codes missing from README");
        Assert.That(listed.Except(defined), Is.Empty, "README rows that the catalogue does not define (or with another severity)");
    }

    [Test]
    public void TargetsErrorsAndWarnings_UseCatalogueCodes_WithTheCatalogueText()
    {
        // arrange
        var catalogue = Catalogue().ToDictionary(d => d.Code);
        var targets = Directory.GetFiles(Path.Combine(GoldenTests.RepoRoot(), "src", "KiroSpecs.Build"), "*.targets", SearchOption.AllDirectories);

        // act
        var raised = targets
            .SelectMany(file => XDocument.Load(file).Descendants().Where(e => e.Name.LocalName is "Error" or "Warning"))
            .ToList();

        // assert
        Assert.That(raised, Is.Not.Empty);
        foreach (var element in raised)
        {
            var code = (string?)element.Attribute("Code");
            Assert.That(code, Is.Not.Null, element.ToString());
            Assert.That(catalogue.ContainsKey(code!), Is.True, code + " is not in DiagnosticDescriptors");
            var descriptor = catalogue[code!];
            Assert.That(element.Name.LocalName, Is.EqualTo(descriptor.Severity == DiagnosticSeverity.Error ? "Error" : "Warning"), code);
            Assert.That((string?)element.Attribute("File"), Is.Not.Null.And.Not.Empty, code + " needs a File");
            var text = (string?)element.Attribute("Text") ?? string.Empty;
            var pattern = "^" + Regex.Replace(Regex.Escape(descriptor.MessageFormat), @"\\\{\d+}", ".+") + "$";
            Assert.That(Regex.IsMatch(text, pattern), Is.True, code + ": targets text differs from the catalogue:\n" + text + "\n" + descriptor.MessageFormat);
        }
    }

    [Test]
    public void NoSourceFileOutsideTheCatalogue_SpellsACode()
    {
        // arrange
        var src = Path.Combine(GoldenTests.RepoRoot(), "src");

        // act
        var offenders = Directory.GetFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "DiagnosticDescriptors.cs")
            .Where(f => s_codeLiteral.IsMatch(File.ReadAllText(f)))
            .Select(f => f.Substring(src.Length + 1));

        // assert
        Assert.That(offenders, Is.Empty, "log diagnostics through DiagnosticDescriptors instead of literal codes");
    }
}
