using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Use Case Dependencies read from the use cases themselves: a precondition that another use case's postcondition
/// states ("Clerk is signed in" after "Sign in"), an "exists" met by a use case that stores the thing, and none from
/// a negated precondition, from a name whose postcondition says otherwise, or from a precondition too many use cases
/// could meet.
/// </summary>
[TestFixture]
internal sealed class PreconditionDependencyTests
{
    private const string Depot = @"# Depot

## UC-1 Sign in

Actor: Clerk

Preconditions:
- Clerk is not signed in.

Main flow:
1. Clerk enters the badge number.
2. System opens the session.

Postconditions:
- Clerk is signed in to the depot console.

## UC-2 Register parcel

Actor: Clerk

Preconditions:
- Clerk is signed in.

Main flow:
1. Clerk scans the parcel label.
2. System records the parcel.

Postconditions:
- Parcel is recorded with its shelf.

## UC-3 Request forklift licence

Actor: Clerk

Main flow:
1. Clerk fills in the licence form.
2. System queues the request.

Postconditions:
- The request waits for the supervisor.

## UC-4 Move pallet

Actor: Clerk

Preconditions:
- Parcel exists.
- Forklift licence.

Main flow:
1. Clerk picks the pallet.
2. System updates the shelf.
";

    private static string Integration() =>
        GeneratedSections.Section(GeneratedSections.Generate("depot", Depot), "Integration Points");

    [Test]
    public void APreconditionAnotherUseCaseAchieves_IsADependency_WithBothSentences()
    {
        // act
        var integration = Integration();

        // assert
        Assert.That(integration, Does.Contain("UC-2 precondition 1 (\"Clerk is signed in.\") is what UC-1 Sign in achieves: postcondition 1 (\"Clerk is signed in to the depot console.\")"));
    }

    [Test]
    public void ExistsIsMetByTheUseCaseThatRecordsTheThing()
    {
        // act
        var integration = Integration();

        // assert
        Assert.That(integration, Does.Contain("UC-4 precondition 1 (\"Parcel exists.\") is what UC-2 Register parcel achieves: postcondition 1 (\"Parcel is recorded with its shelf.\")"));
    }

    [Test]
    public void ANegatedPrecondition_AndANameWhosePostconditionSaysOtherwise_AreNoDependency()
    {
        // act
        var integration = Integration();

        // assert
        Assert.That(integration, Does.Not.Contain("UC-1 precondition"));
        Assert.That(integration, Does.Not.Contain("Request forklift licence achieves"));
    }

    private const string Kiosk = @"# 受付端末

| ユースケースID | K-001 |
| ------------- | ----- |
| ユースケース名 | 係員ログイン |
| アクター | 係員 |
| 基本フロー | 1. 係員がカードをかざす<br>2. セッションを開始 |
| 事後条件 | 係員が端末にログインした状態になる |

| ユースケースID | K-002 |
| ------------- | ----- |
| ユースケース名 | 来訪者ログイン |
| アクター | 来訪者 |
| 基本フロー | 1. 来訪者が番号を入力<br>2. セッションを開始 |
| 事後条件 | 来訪者がログイン状態になる |

| ユースケースID | K-003 |
| ------------- | ----- |
| ユースケース名 | 伝言送信 |
| アクター | 係員 |
| 事前条件 | 係員がログイン済み |
| 基本フロー | 1. 係員が伝言を入力<br>2. 伝言を保存 |
| 事後条件 | 伝言が来訪者に送信される |

| ユースケースID | K-004 |
| ------------- | ----- |
| ユースケース名 | 伝言確認 |
| アクター | 来訪者 |
| 事前条件 | 来訪者がログイン済み、係員から伝言が送信済み |
| 基本フロー | 1. 来訪者が伝言を開く<br>2. 伝言を表示 |
| 事後条件 | 伝言が既読になる |

| ユースケースID | K-006 |
| ------------- | ----- |
| ユースケース名 | 案内表示 |
| アクター | 来訪者 |
| 事前条件 | 来訪者がログイン済み（オプション） |
| 基本フロー | 1. 来訪者が案内を開く<br>2. 案内を表示 |
| 事後条件 | 案内が表示される |

| ユースケースID | K-005 |
| ------------- | ----- |
| ユースケース名 | 返信 |
| アクター | 係員 |
| 事前条件 | 来訪者から伝言が送信済み |
| 基本フロー | 1. 係員が返信を入力<br>2. 返信を保存 |
| 事後条件 | 返信が保存される |
";

    [Test]
    public void AJapaneseStateIsMetByAPostconditionThatContainsEachOfItsParts_EachStateOfTheSentenceAlone()
    {
        // act
        var integration = GeneratedSections.Section(GeneratedSections.Generate("kiosk", Kiosk), "Integration Points");

        // assert: the staff member's sign-in, not the visitor's; the two states of K-004 each by itself
        Assert.That(integration, Does.Contain("K-003 precondition 1 (\"係員がログイン済み\") is what K-001 係員ログイン achieves"));
        Assert.That(integration, Does.Not.Contain("K-003 precondition 1 (\"係員がログイン済み\") is what K-002"));
        Assert.That(integration, Does.Contain("K-004 precondition 1, state 1 (\"来訪者がログイン済み\") is what K-002 来訪者ログイン achieves"));
        Assert.That(integration, Does.Contain("K-004 precondition 1, state 2 (\"係員から伝言が送信済み\") is what K-003 伝言送信 achieves"),
            "K-003 sends the message from the staff member (its actor) to the visitor");
    }

    [Test]
    public void AMessageFromSomeoneIsNotWhatAUseCaseThatSendsToThemAchieves()
    {
        // act
        var integration = GeneratedSections.Section(GeneratedSections.Generate("kiosk", Kiosk), "Integration Points");

        // assert: "来訪者から伝言が送信済み" (a message from the visitor); K-003 sends one to the visitor
        Assert.That(integration, Does.Not.Contain("K-005 precondition"));
        Assert.That(integration, Does.Not.Contain("K-006 precondition"), "an optional state is no dependency");
    }

    private const string Escola = @"# Escola

## CDU 01 - Cadastro do Aluno
**Atores:** Aluno

**Fluxo principal:**
1. Aluno - Inserir os dados de cadastro.
2. Sistema - Salvar os dados.

## CDU 02 - Login
**Atores:** Usuário

**Pré-condições:** Estar cadastrado como aluno

**Fluxo principal:**
1. Usuário - Inserir email e senha.
2. Sistema - Verificar as informações.

## CDU 03 - Entrar em uma turma
**Atores:** Aluno

**Pré-condições:** Estar logado no site como aluno e possuir o código da turma

**Fluxo principal:**
1. Aluno - Inserir o código da turma.
2. Sistema - Adicionar o aluno à turma.
";

    [Test]
    public void APortugueseStateWithARoleIsMetByTheUseCaseNamedForIt_AndASecondStateIsReadAlone()
    {
        // act
        var integration = GeneratedSections.Section(GeneratedSections.Generate("escola", Escola), "Integration Points");

        // assert: "no site" is no negation, "como aluno" only qualifies; "possuir o código" is no use case's result
        Assert.That(integration, Does.Contain("CDU 02 precondition 1 (\"Estar cadastrado como aluno\") is what CDU 01 Cadastro do Aluno achieves, by its name"));
        Assert.That(integration, Does.Contain("CDU 03 precondition 1 (\"Estar logado no site como aluno\") is what CDU 02 Login achieves, by its name"));
        Assert.That(integration, Does.Not.Contain("possuir o código da turma\") is what"));
    }

    [Test]
    public void ARegisteredAccountIsWhatRegistrationAchieves()
    {
        // arrange
        const string text = @"# Tracker

## Use Case 1: User Registration

**Actor:** Student

**Preconditions:**

* User is not registered

**Postconditions:**

* User account is created successfully

**Basic Flow:**

1. User enters email and password
2. System creates account

## Use Case 2: User Login

**Actor:** Student

**Preconditions:**

* User has a registered account

**Basic Flow:**

1. User enters credentials
2. System opens the session
";

        // act
        var integration = GeneratedSections.Section(GeneratedSections.Generate("tracker", text), "Integration Points");

        // assert
        Assert.That(integration, Does.Contain("Use Case 2 precondition 1 (\"User has a registered account\") is what Use Case 1 User Registration achieves: postcondition 1 (\"User account is created successfully\")"));
    }
}
