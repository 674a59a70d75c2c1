using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Use cases written in German, French and Italian house styles: a step table with German headers, flows labelled
/// "Scénarios alternatifs" with "(étape N)" anchors and SA/SE ids, steps written as paragraphs under a bold number
/// and title beside italic field labels, elided articles ("L'utente"), and extensions listed after the steps
/// without a heading.
/// </summary>
[TestFixture]
internal sealed class EuropeanDocumentTests
{
    private static string Flow(string markdown) => GeneratedSections.Section(markdown, "Primary Sequences");

    [Test]
    public void AGermanStepTable_SendsEachStepFromItsAkteur_AndPlacesFlowsZuSchritt()
    {
        // arrange
        const string text = @"# Kommissionierung

## KO-01 Auftrag kommissionieren

**Vorbedingungen**
- Der Auftrag ist freigegeben.

| Schritt | Akteur | Aktion |
|---------|--------|--------|
| 1 | Kommissionierer | Meldet sich am Terminal an |
| 2 | WMS | Zeigt die erste Position des Auftrags |
| 3 | Kommissionierer | Scannt den Lagerplatz und entnimmt die Ware |

**Ausnahmen**

- **E1 zu Schritt 3:** Lagerplatz leer → WMS sperrt den Platz.
";

        // act
        var markdown = GeneratedSections.Generate("ko", text);
        var flow = Flow(markdown);

        // assert: the Akteur column sends; the precondition is read; E1 is at step 3
        Assert.That(flow, Does.Contain("actor Kommissionierer as Kommissionierer"));
        Assert.That(flow, Does.Contain("Kommissionierer->>WMS: Meldet sich am Terminal an"));
        Assert.That(flow, Does.Contain("E1"));
        Assert.That(GeneratedSections.Section(markdown, "Error Scenario Coverage"), Does.Contain("E1 (exception flow, at step 3)"));
        Assert.That(GeneratedSections.Section(markdown, "State Transitions"), Does.Contain("Der Auftrag ist freigegeben."));
    }

    [Test]
    public void FrenchFlowsWithEtapeAnchors_AreAtTheirStep_AndBulletsAfterTheStepsAreFlows()
    {
        // arrange
        const string text = @"# Agence

## CU-01 : Ouvrir un compte

**Acteur principal :** Client

### Scénario nominal
1. Le client saisit son identité.
2. Le système vérifie la pièce d'identité.
3. Le système crée le compte.

### Scénarios alternatifs
- **SA1 (étape 2)** : pièce expirée → le système demande une autre pièce.

## CU-02 : Clôturer un compte

1. Le client demande la clôture.
2. Le système vérifie le solde.
3. Le système clôture le compte.

- **SE1 (étape 2)** : solde débiteur → le système refuse la clôture.
";

        // act
        var markdown = GeneratedSections.Generate("agence", text);
        var coverage = GeneratedSections.Section(markdown, "Error Scenario Coverage");

        // assert: the ids and steps are the author's; CU-02 has three steps, SE1 is a flow of step 2
        Assert.That(coverage, Does.Contain("SA1 (alternative flow, at step 2)"));
        Assert.That(coverage, Does.Contain("SE1"));
        Assert.That(coverage, Does.Contain("at step 2) | solde débiteur"));
        Assert.That(markdown, Does.Contain("Basic flow steps 1-3, with SE1"));
    }

    [Test]
    public void ItalianStepParagraphsUnderABoldNumber_AreSteps_SentByTheActorTheirArticleNames()
    {
        // arrange
        const string text = @"# Palestra

## UC-1 — Il socio prenota un corso

*Precondizioni:* il socio ha un abbonamento attivo.
*Attore principale:* Socio.

**1. Accesso.** Il socio apre l'app della palestra.
Il sistema carica il calendario.

**2. Scelta.** Il socio sceglie un corso e preme «Prenota».

**3. Conferma.** Il sistema registra la prenotazione.
";

        // act
        var markdown = GeneratedSections.Generate("palestra", text);
        var flow = Flow(markdown);

        // assert: the title names the step, the sentences are the step, "Il socio" sends it
        Assert.That(flow, Does.Contain("Socio->>SYS: apre l'app della palestra."));
        Assert.That(flow, Does.Contain("Socio->>SYS: sceglie un corso e preme «Prenota»."));
        Assert.That(flow, Does.Not.Contain("Accesso"));
        Assert.That(GeneratedSections.Section(markdown, "State Transitions"), Does.Contain("il socio ha un abbonamento attivo."));
    }

    [Test]
    public void AnElidedArticleIsAWordOfItsOwn()
    {
        // arrange
        const string text = @"# Biblioteca

## UC-1 Restituire un libro

**Attori:** Utente

1. L'utente consegna il libro al banco.
2. Il sistema registra la restituzione.
";

        // act
        var flow = Flow(GeneratedSections.Generate("biblioteca", text));

        // assert
        Assert.That(flow, Does.Contain("Utente->>SYS: consegna il libro al banco."));
    }

    [Test]
    public void ExtensionsListedAfterTheStepsWithoutAHeading_AreExtensionsAtTheirStep()
    {
        // arrange
        const string text = @"# Ward

## UC-7 Hand over a bed

**Actor:** Nurse

1. Nurse selects the bed on the ward board.
2. System shows the patient on the bed.
3. Nurse confirms the handover.

- 2a. No patient on the bed: System shows the bed as free.
- 3a. Handover refused: Nurse records the reason.
";

        // act
        var markdown = GeneratedSections.Generate("ward", text);

        // assert: three steps; 2a and 3a are flows of steps 2 and 3, not steps 4 and 5
        Assert.That(markdown, Does.Contain("Basic flow steps 1-3"));
        var coverage = GeneratedSections.Section(markdown, "Error Scenario Coverage");
        Assert.That(coverage, Does.Contain("2a"));
        Assert.That(coverage, Does.Contain("3a"));
        Assert.That(Flow(markdown), Does.Not.Contain("autonumber 4"));
    }

    [Test]
    public void ADeclaredProductIsReachedByItsOwnNameAlone()
    {
        // arrange
        const string text = @"# Lockers

## Actors

- **Clerk** — person at the counter.
- **LockBox Controller** — external device that opens the lockers.

## 2. Use Case: UC-LK-01 Store a parcel

1. Clerk scans the parcel.
2. The system sends the open command to LockBox.
3. Clerk puts the parcel in the locker.
";

        // act
        var markdown = GeneratedSections.Generate("lockers", text);

        // assert: "to LockBox" reaches the declared LockBox Controller; the heading's number is no part of the name
        Assert.That(Flow(markdown), Does.Contain("SYS->>LC: sends the open command to LockBox."));
        Assert.That(markdown, Does.Contain("### Sequence 1: UC-LK-01 Store a parcel"));
    }

    [Test]
    public void AClientDescribedAsAnAccountHolder_IsAPerson()
    {
        // arrange
        const string text = @"# Banque

## Acteurs

- **Client** : titulaire d'un compte courant.

## CU-05 : Consulter le solde

1. Le client ouvre l'application.
2. Le système affiche le solde.
";

        // act
        var flow = Flow(GeneratedSections.Generate("banque", text));

        // assert
        Assert.That(flow, Does.Contain("actor Client as Client"));
    }

    [TestCase("O caso de uso é encerrado.")]
    [TestCase("Le cas d'utilisation se termine.")]
    [TestCase("Il caso d'uso termina.")]
    [TestCase("Der Anwendungsfall endet.")]
    public void AFlowThatSaysInItsLanguageThatTheUseCaseEnds_EndsIt(string ending)
    {
        // arrange
        var text = @"# Loja

## UC-01 Comprar

### Main Flow
1. Customer picks the item.
2. System checks the stock.
3. Customer pays.

### Alternative Flows
- **A1 (step 2)**: the customer asks for a gift card. System hands over the gift card. " + ending + @"
";

        // act
        var flow = Flow(GeneratedSections.Generate("loja", text));

        // assert: step 3 happens only otherwise
        Assert.That(flow, Does.Contain("else otherwise#58; step 3"));
    }
}
