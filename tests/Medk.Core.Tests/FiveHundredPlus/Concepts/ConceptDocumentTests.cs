using Medk.Core.Common;
using Medk.Core.FiveHundredPlus.Concepts;
using Medk.Core.FiveHundredPlus.Cycles;
using Medk.Core.Monitoring;
using Medk.Core.Monitoring.Evidence;
using Medk.Core.Monitoring.Submissions;
using Medk.Core.Monitoring.Reviews;

namespace Medk.Core.Tests.FiveHundredPlus.Concepts;

public class ConceptDocumentTests
{
    private const int Cycle = 5;
    private const int School = 41;
    private const int Factor = 7;
    private static readonly Guid SchoolTeam = Guid.Parse("5c000000-0000-0000-0000-000000000001");
    private static readonly Guid Curator = Guid.Parse("c0000000-0000-0000-0000-000000000001");
    private static readonly DateTimeOffset Now = new(2022, 4, 1, 9, 0, 0, TimeSpan.FromHours(8));

    // The one place that knows how a file is handed over, so a reshape of file storage touches only this line.
    private static void AttachAFile(ConceptDocument document) =>
        document.Attach(new StoredFile("концепция.docx", EvidenceKind.Word, 4, new string('a', 64), null, Now, StoredFile.NewKey()));

    private static ConceptDocument Concept(string title = "Концепция развития МБОУ «Витимская СОШ» на 2022–2024 годы") =>
        new(Cycle, School, ConceptKind.DevelopmentConcept, null, title, Now);

    private static ConceptDocument AntiRisk() => new(Cycle, School, ConceptKind.AntiRiskProgram, Factor, "Антирисковая программа «Кадры»", Now);

    private static ConceptDocument Submitted()
    {
        var document = Concept();
        AttachAFile(document);
        document.Submit(SchoolTeam, "Команда школы", Now);
        return document;
    }

    private static ConceptDocument Confirmed()
    {
        var document = Submitted();
        document.Confirm(Curator, "Куратор", null, Now.AddDays(1));
        return document;
    }

    [Fact]
    public void New_IsADraftWithItsTitle()
    {
        var document = new ConceptDocument(Cycle, School, ConceptKind.MidTermProgram, null, "  Программа развития ", Now);

        Assert.Equal(ReportStatus.Draft, document.Status);
        Assert.Equal("Программа развития", document.Title);
        Assert.Equal((Cycle, School, ConceptKind.MidTermProgram), (document.CycleId, document.SchoolId, document.Kind));
        Assert.Equal((Now, Now), (document.CreatedAt, document.UpdatedAt));
        Assert.Empty(document.Decisions);
        Assert.Null(document.ExpertVerdict);
    }

    [Fact]
    public void New_AntiRiskProgramWithoutFactor_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => new ConceptDocument(Cycle, School, ConceptKind.AntiRiskProgram, null, "Антирисковая программа", Now));
        Assert.Equal("riskFactorId", e.Field);
        Assert.Contains("по фактору риска", e.Message);
    }

    [Fact]
    public void New_UnknownKind_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => new ConceptDocument(Cycle, School, (ConceptKind)42, null, "Документ", Now));
        Assert.Equal("kind", e.Field);
        Assert.Contains("вид документа", e.Message);
    }

    [Fact]
    public void New_AntiRiskProgram_KeepsItsFactor() =>
        Assert.Equal(Factor, AntiRisk().RiskFactorId);

    [Theory]
    [InlineData(ConceptKind.DevelopmentConcept)]
    [InlineData(ConceptKind.MidTermProgram)]
    [InlineData(ConceptKind.SchoolRoadmap)]
    public void New_OtherKindsWithAFactor_DropTheFactor(ConceptKind kind) =>
        Assert.Null(new ConceptDocument(Cycle, School, kind, Factor, "Документ", Now).RiskFactorId);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void New_WithoutTitle_IsRefused(string title)
    {
        var e = Assert.Throws<DomainException>(() => Concept(title));
        Assert.Equal("title", e.Field);
        Assert.Contains("название документа", e.Message);
    }

    [Fact]
    public void New_TitleOfTheMaximumLength_IsAcceptedAndLonger_Refused()
    {
        Assert.Equal(ConceptDocument.TitleMaxLength, Concept(new string('к', ConceptDocument.TitleMaxLength)).Title.Length);
        Assert.Contains("до 500 символов", Assert.Throws<DomainException>(() => Concept(new string('к', ConceptDocument.TitleMaxLength + 1))).Message);
    }

    [Theory]
    [InlineData(ConceptKind.AntiRiskProgram, true)]
    [InlineData(ConceptKind.SchoolRoadmap, true)]
    [InlineData(ConceptKind.DevelopmentConcept, false)]
    [InlineData(ConceptKind.MidTermProgram, false)]
    public void IsStructured_OnlyForTheProgrammesWrittenAsRoadmaps(ConceptKind kind, bool structured) =>
        Assert.Equal(structured, new ConceptDocument(Cycle, School, kind, Factor, "Документ", Now).IsStructured);

    [Fact]
    public void LinkRoadmap_ToAPlainDocument_IsRefused()
    {
        var document = Concept();
        var e = Assert.Throws<DomainException>(() => document.LinkRoadmap(12));
        Assert.Equal("roadmapId", e.Field);
        Assert.Null(document.RoadmapId);
        document.LinkRoadmap(null);
        Assert.Null(document.RoadmapId);
    }

    [Fact]
    public void LinkRoadmap_ToAStructuredDocument_LinksAndUnlinks()
    {
        var document = AntiRisk();
        document.LinkRoadmap(12);
        Assert.Equal(12, document.RoadmapId);
        document.LinkRoadmap(null);
        Assert.Null(document.RoadmapId);
    }

    [Fact]
    public void Submit_PlainDocumentWithoutAFile_IsRefused()
    {
        var document = Concept();
        var e = Assert.Throws<DomainException>(() => document.Submit(SchoolTeam, "Команда школы", Now));
        Assert.Equal("files", e.Field);
        Assert.Equal("Приложите файл документа.", e.Message);
        Assert.Equal(ReportStatus.Draft, document.Status);
        Assert.Empty(document.Decisions);
    }

    [Fact]
    public void Submit_StructuredWithNeitherFileNorRoadmap_IsRefusedMentioningBoth()
    {
        var e = Assert.Throws<DomainException>(() => AntiRisk().Submit(SchoolTeam, "Команда школы", Now));
        Assert.Contains("файл программы", e.Message);
        Assert.Contains("дорожной картой", e.Message);
    }

    [Fact]
    public void Submit_StructuredWithOnlyARoadmap_IsSubmitted()
    {
        var document = AntiRisk();
        document.LinkRoadmap(12);
        document.Submit(SchoolTeam, "Команда школы", Now);
        Assert.Equal(ReportStatus.Submitted, document.Status);
    }

    [Fact]
    public void Submit_WithAFile_IsSubmittedAndRecorded()
    {
        var document = Concept();
        AttachAFile(document);
        document.Submit(SchoolTeam, "Команда школы", Now.AddHours(1));

        Assert.Equal(ReportStatus.Submitted, document.Status);
        Assert.Equal(Now.AddHours(1), document.UpdatedAt);
        var decision = Assert.Single(document.Decisions);
        Assert.Equal((DecisionKind.Submitted, SchoolTeam, "Команда школы", Now.AddHours(1)), (decision.Kind, decision.ByUserId, decision.ByName, decision.At));
        Assert.Null(decision.Comment);
    }

    [Fact]
    public void Submit_Twice_IsRefused()
    {
        var document = Submitted();
        Assert.Equal("Отчёт уже на проверке.", Assert.Throws<DomainException>(() => document.Submit(SchoolTeam, "Команда школы", Now)).Message);
        Assert.Single(document.Decisions);
    }

    [Fact]
    public void Submitted_IsFrozenWhileTheCuratorReadsIt()
    {
        var document = AntiRisk();
        document.LinkRoadmap(12);
        document.Submit(SchoolTeam, "Команда школы", Now);

        Assert.Contains("на проверке", Assert.Throws<DomainException>(() => AttachAFile(document)).Message);
        Assert.Throws<DomainException>(() => document.LinkRoadmap(13));
        Assert.Equal(12, document.RoadmapId);
        Assert.Empty(document.Files);
    }

    [Fact]
    public void Confirm_Submitted_IsConfirmedWithTheTrimmedComment()
    {
        var document = Submitted();
        document.Confirm(Curator, "Куратор", "  Принято. ", Now.AddDays(1));

        Assert.Equal(ReportStatus.Confirmed, document.Status);
        var decision = document.Decisions[^1];
        Assert.Equal((DecisionKind.Confirmed, Curator, "Принято."), (decision.Kind, decision.ByUserId, decision.Comment));
        Assert.Equal(Now.AddDays(1), document.UpdatedAt);
    }

    [Fact]
    public void Confirm_WithBlankComment_KeepsNoComment()
    {
        var document = Submitted();
        document.Confirm(Curator, "Куратор", "   ", Now);
        Assert.Null(document.Decisions[^1].Comment);
    }

    [Fact]
    public void Confirm_Draft_IsRefused()
    {
        var document = Concept();
        AttachAFile(document);
        Assert.Contains("только отправленный", Assert.Throws<DomainException>(() => document.Confirm(Curator, "Куратор", null, Now)).Message);
        Assert.Equal(ReportStatus.Draft, document.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Return_WithoutComment_IsRefused(string? comment)
    {
        var document = Submitted();
        var e = Assert.Throws<DomainException>(() => document.Return(Curator, "Куратор", comment, Now));
        Assert.Equal("comment", e.Field);
        Assert.Equal(ReportStatus.Submitted, document.Status);
        Assert.Single(document.Decisions);
    }

    [Fact]
    public void Return_ThenResubmit_RecordsTheWholeHistory()
    {
        var document = Submitted();
        document.Return(Curator, "Куратор", " Добавьте мероприятия по второму фактору. ", Now.AddDays(1));
        Assert.Equal(ReportStatus.Returned, document.Status);
        Assert.Equal("Добавьте мероприятия по второму фактору.", document.Decisions[^1].Comment);

        AttachAFile(document); // a returned document is editable again
        document.Submit(SchoolTeam, "Команда школы", Now.AddDays(2));
        document.Confirm(Curator, "Куратор", null, Now.AddDays(3));

        Assert.Equal(
            new[] { DecisionKind.Submitted, DecisionKind.Returned, DecisionKind.Resubmitted, DecisionKind.Confirmed },
            document.Decisions.Select(d => d.Kind));
        Assert.Equal(2, document.Files.Count);
    }

    [Fact]
    public void Return_LongComment_IsKeptUpTo2000Characters()
    {
        var document = Submitted();
        document.Return(Curator, "Куратор", new string('д', 2500), Now);
        Assert.Equal(2000, document.Decisions[^1].Comment!.Length);
    }

    [Fact]
    public void Confirmed_NeverChangesAgain()
    {
        var document = Confirmed();

        Assert.Equal("Отчёт уже подтверждён.", Assert.Throws<DomainException>(() => document.Confirm(Curator, "Куратор", null, Now)).Message);
        Assert.Throws<DomainException>(() => document.Return(Curator, "Куратор", "Ещё раз", Now));
        Assert.Throws<DomainException>(() => document.Submit(SchoolTeam, "Команда школы", Now));
        Assert.Contains("Подтверждённый", Assert.Throws<DomainException>(() => AttachAFile(document)).Message);
        Assert.Equal(ReportStatus.Confirmed, document.Status);
        Assert.Equal(2, document.Decisions.Count);
    }

    [Fact]
    public void Attach_UpToTheLimit()
    {
        var document = Concept();
        for (var i = 0; i < EvidencePolicy.MaxFilesPerReport; i++)
        {
            AttachAFile(document);
        }
        var e = Assert.Throws<DomainException>(() => AttachAFile(document));
        Assert.Equal("files", e.Field);
        Assert.Contains($"не больше {EvidencePolicy.MaxFilesPerReport} файлов", e.Message);
    }

    [Fact]
    public void Review_Confirmed_KeepsTheVerdictAndTheExpert()
    {
        var document = Confirmed();
        document.Review(ReviewVerdict.Confirmed, "Эксперт Сидорова", "  Соответствует РПШ. ", Now.AddDays(5));

        Assert.Equal((ReviewVerdict.Confirmed, "Соответствует РПШ.", "Эксперт Сидорова", Now.AddDays(5)),
            (document.ExpertVerdict, document.ExpertComment, document.ExpertName, document.ReviewedAt));
        Assert.Equal(ReportStatus.Confirmed, document.Status);
    }

    [Fact]
    public void Review_PositiveWithoutComment_IsAccepted()
    {
        var document = Confirmed();
        document.Review(ReviewVerdict.Confirmed, "Эксперт", " ", Now);
        Assert.Null(document.ExpertComment);
    }

    [Fact]
    public void Review_NegativeWithoutComment_IsRefused()
    {
        var document = Confirmed();
        var e = Assert.Throws<DomainException>(() => document.Review(ReviewVerdict.NotConfirmed, "Эксперт", null, Now));
        Assert.Equal("comment", e.Field);
        Assert.Null(document.ExpertVerdict);
    }

    [Fact]
    public void Review_UnknownVerdict_IsRefused()
    {
        var document = Confirmed();
        var e = Assert.Throws<DomainException>(() => document.Review((ReviewVerdict)42, "Эксперт", "Комментарий", Now));
        Assert.Equal("verdict", e.Field);
        Assert.Null(document.ExpertVerdict);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Review_NotYetConfirmedByTheCurator_IsRefused(bool submitted)
    {
        var document = submitted ? Submitted() : Concept();
        var e = Assert.Throws<DomainException>(() => document.Review(ReviewVerdict.Confirmed, "Эксперт", null, Now));
        Assert.Contains("подтверждённый куратором", e.Message);
    }

    [Fact]
    public void Review_Again_ReplacesTheVerdict()
    {
        var document = Confirmed();
        document.Review(ReviewVerdict.NotConfirmed, "Эксперт", "Нет связи с РПШ.", Now);
        document.Review(ReviewVerdict.Confirmed, "Эксперт", null, Now.AddDays(1));
        Assert.Equal((ReviewVerdict.Confirmed, (string?)null, Now.AddDays(1)), (document.ExpertVerdict, document.ExpertComment, document.ReviewedAt));
    }

    [Fact]
    public void Review_LongCommentAndName_AreCut()
    {
        var document = Confirmed();
        document.Review(ReviewVerdict.NotConfirmed, new string('Э', 300), new string('з', 5000), Now);
        Assert.Equal(4000, document.ExpertComment!.Length);
        Assert.Equal(200, document.ExpertName!.Length);
    }

    [Theory]
    [InlineData(StageKind.MonitoringFirst)]
    [InlineData(StageKind.MonitoringSecond)]
    public void Outcome_OfAMonitoringStage_IsRecorded(StageKind stage)
    {
        var outcome = new StageOutcome(Cycle, stage, School, positiveChanges: true, Curator, "Куратор", "  Рост результатов ВПР. ", Now);

        Assert.Equal((Cycle, stage, School, true), (outcome.CycleId, outcome.Stage, outcome.SchoolId, outcome.PositiveChanges));
        Assert.Equal((Curator, "Куратор", "Рост результатов ВПР.", Now), (outcome.DecidedBy, outcome.DecidedByName, outcome.Comment, outcome.DecidedAt));
    }

    [Theory]
    [InlineData(StageKind.Survey)]
    [InlineData(StageKind.RiskProfile)]
    [InlineData(StageKind.ConceptDocuments)]
    [InlineData(StageKind.Results)]
    public void Outcome_OfAnotherStage_IsRefused(StageKind stage)
    {
        var e = Assert.Throws<DomainException>(() => new StageOutcome(Cycle, stage, School, true, Curator, "Куратор", null, Now));
        Assert.Equal("stage", e.Field);
        Assert.Contains("этапам мониторинга", e.Message);
    }

    [Fact]
    public void Outcome_RecordedAgain_ReplacesTheDecision()
    {
        var outcome = new StageOutcome(Cycle, StageKind.MonitoringFirst, School, true, Curator, "Куратор", "Есть рост.", Now);
        var expert = Guid.NewGuid();
        outcome.Record(false, expert, "Эксперт", "   ", Now.AddDays(3));

        Assert.False(outcome.PositiveChanges);
        Assert.Equal((expert, "Эксперт", Now.AddDays(3)), (outcome.DecidedBy, outcome.DecidedByName, outcome.DecidedAt));
        Assert.Null(outcome.Comment);
    }

    [Fact]
    public void Outcome_LongCommentAndName_AreCut()
    {
        var outcome = new StageOutcome(Cycle, StageKind.MonitoringSecond, School, true, Curator, new string('К', 300), "  " + new string('к', 2500), Now);
        Assert.Equal(200, outcome.DecidedByName.Length);
        Assert.Equal(new string('к', 2000), outcome.Comment);
    }

    [Fact]
    public void Glossary_NamesEveryKindInRussian() =>
        Assert.Equal(new[] { "Концепция развития", "Среднесрочная программа развития", "Антирисковая программа", "Дорожная карта школы" },
            Enum.GetValues<ConceptKind>().Select(ConceptGlossary.Kind));
}
