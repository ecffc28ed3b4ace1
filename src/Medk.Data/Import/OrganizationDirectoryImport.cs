using Medk.Core.Common;
using Medk.Core.Platform.Organizations;
using Medk.Data.Persistence;
using Medk.Documents;
using Medk.Documents.Tables;
using Microsoft.EntityFrameworkCore;

namespace Medk.Data.Import;

/// <summary>One complaint about the file: the row as a person sees it (null for the file as a whole) and what is wrong.</summary>
public sealed record DirectoryProblem(int? Row, string Message)
{
    public override string ToString() => Row is { } row ? $"строка {row}: {Message}" : Message;
}

/// <summary>What an import did (or, in a dry run, would do).</summary>
public sealed record DirectoryImportOutcome(
    bool Saved, int Regions, int Municipalities, int Schools, int Institutions, int AlreadyPresent, IReadOnlyList<DirectoryProblem> Problems)
{
    public int Created => Regions + Municipalities + Schools + Institutions;
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Fills the directory of organizations from a table (CSV or XLSX): one row per organization with its code, name,
/// kind and the code of the organization above it (docs/cli.md, decision 027). Everything is checked before anything
/// is written; any problem refuses the whole file and every problem is reported with its row. Rows whose code is
/// already in the directory under the same parent are left as they are, so a grown file can be imported again.
/// </summary>
public sealed class OrganizationDirectoryImport(MedkDbContext db)
{
    public const int MaxRows = 100_000;

    private enum Column { Code, Name, ShortName, Kind, ParentCode }

    private enum Placement { Unvisited, Placing, Placed, Refused }

    private static readonly Dictionary<string, Column> Captions = new(StringComparer.Ordinal)
    {
        ["код"] = Column.Code, ["code"] = Column.Code,
        ["наименование"] = Column.Name, ["полное наименование"] = Column.Name, ["название"] = Column.Name, ["name"] = Column.Name,
        ["краткое наименование"] = Column.ShortName, ["short name"] = Column.ShortName,
        ["вид"] = Column.Kind, ["kind"] = Column.Kind,
        ["код вышестоящей"] = Column.ParentCode, ["код вышестоящей организации"] = Column.ParentCode, ["parent code"] = Column.ParentCode,
    };

    private static readonly Dictionary<string, (OrganizationLevel? Level, OrganizationKind Kind)> Kinds = new(StringComparer.Ordinal)
    {
        ["регион"] = (OrganizationLevel.Region, OrganizationKind.Authority),
        ["region"] = (OrganizationLevel.Region, OrganizationKind.Authority),
        ["муниципалитет"] = (OrganizationLevel.Municipality, OrganizationKind.Authority),
        ["municipality"] = (OrganizationLevel.Municipality, OrganizationKind.Authority),
        ["школа"] = (OrganizationLevel.School, OrganizationKind.School),
        ["school"] = (OrganizationLevel.School, OrganizationKind.School),
        // A support institution (ИРО, ЦОКО, ИМЦ) belongs to the level of the authority above it.
        ["учреждение"] = (null, OrganizationKind.Institution),
        ["institution"] = (null, OrganizationKind.Institution),
    };

    private sealed record Row(int Number, string Code, string Name, string ShortName, string KindText, string ParentCode);

    /// <summary>A row that passed the checks: what will be created, under whom.</summary>
    private sealed class Node(Row row)
    {
        public Row Row { get; } = row;
        public OrganizationLevel Level { get; set; }
        public OrganizationKind Kind { get; set; }
        public Node? ParentInFile { get; set; }
        public Organization? ParentInDatabase { get; set; }
        public Organization? Existing { get; set; }
        public int Depth { get; set; }
        public Organization? Created { get; set; }
    }

    public async Task<DirectoryImportOutcome> ImportAsync(Stream content, string fileName, bool dryRun, CancellationToken ct = default)
    {
        var problems = new List<DirectoryProblem>();
        var rows = Read(content, fileName, problems);
        if (problems.Count > 0)
        {
            return Refused(problems);
        }

        await using var transaction = dryRun ? null : await db.Database.BeginTransactionAsync(ct);
        var nodes = await PlanAsync(rows, problems, ct);
        if (problems.Count > 0)
        {
            return Refused(problems);
        }
        var created = nodes.Where(n => n.Existing is null).ToList();
        var outcome = new DirectoryImportOutcome(!dryRun,
            created.Count(n => n is { Kind: OrganizationKind.Authority, Level: OrganizationLevel.Region }),
            created.Count(n => n is { Kind: OrganizationKind.Authority, Level: OrganizationLevel.Municipality }),
            created.Count(n => n.Kind == OrganizationKind.School),
            created.Count(n => n.Kind == OrganizationKind.Institution),
            nodes.Count - created.Count, []);
        if (transaction is null)
        {
            return outcome;
        }

        // Parents first: a node's path is made from its parent's, and its id from the database.
        foreach (var level in created.GroupBy(n => n.Depth).OrderBy(g => g.Key))
        {
            foreach (var node in level)
            {
                var parent = node.ParentInDatabase ?? node.ParentInFile!.Existing ?? node.ParentInFile.Created!;
                var organization = new Organization(node.Level, node.Kind, node.Row.Name, node.Row.ShortName, parent);
                organization.SetCode(node.Row.Code);
                db.Organizations.Add(organization);
                node.Created = organization;
            }
            await db.SaveChangesAsync(ct);
            foreach (var node in level)
            {
                var parent = node.ParentInDatabase ?? node.ParentInFile!.Existing ?? node.ParentInFile.Created!;
                node.Created!.AssignPath(parent.Path);
            }
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return outcome;
    }

    private static DirectoryImportOutcome Refused(List<DirectoryProblem> problems) =>
        new(false, 0, 0, 0, 0, 0, problems.OrderBy(p => p.Row ?? 0).ToList());

    private static List<Row> Read(Stream content, string fileName, List<DirectoryProblem> problems)
    {
        IReadOnlyList<TableRow> table;
        try
        {
            table = SimpleTable.Read(content, fileName);
        }
        catch (RoadmapImportException e)
        {
            problems.Add(new DirectoryProblem(null, e.Message));
            return [];
        }
        if (table.Count == 0)
        {
            problems.Add(new DirectoryProblem(null, "Файл пуст: ожидается строка заголовков и строки организаций."));
            return [];
        }
        var header = table[0];
        var columns = new Dictionary<Column, int>();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var caption = SearchText.Fold(header[i].Replace('_', ' ')).Trim();
            if (Captions.TryGetValue(caption, out var column) && !columns.ContainsKey(column))
            {
                columns[column] = i;
            }
        }
        var missing = new[] { (Column.Code, "код"), (Column.Name, "наименование"), (Column.Kind, "вид"), (Column.ParentCode, "код вышестоящей") }
            .Where(c => !columns.ContainsKey(c.Item1)).Select(c => $"«{c.Item2}»").ToList();
        if (missing.Count > 0)
        {
            problems.Add(new DirectoryProblem(header.Number,
                $"в строке заголовков нет столбцов {string.Join(", ", missing)}. Ожидаются столбцы «код», «наименование», «вид», «код вышестоящей» (и, по желанию, «краткое наименование»)."));
            return [];
        }
        if (table.Count - 1 > MaxRows)
        {
            problems.Add(new DirectoryProblem(null, $"В файле больше {MaxRows} строк: разделите его на части."));
            return [];
        }
        string Cell(TableRow r, Column c) => columns.TryGetValue(c, out var i) ? r[i].Trim() : "";
        return table.Skip(1)
            .Select(r => new Row(r.Number, Cell(r, Column.Code), Cell(r, Column.Name), Cell(r, Column.ShortName), Cell(r, Column.Kind), Cell(r, Column.ParentCode)))
            .ToList();
    }

    private async Task<List<Node>> PlanAsync(List<Row> rows, List<DirectoryProblem> problems, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            problems.Add(new DirectoryProblem(null, "В файле нет ни одной организации: только строка заголовков."));
            return [];
        }
        var codes = rows.Select(r => r.Code).Concat(rows.Select(r => r.ParentCode)).Where(c => c.Length > 0).Distinct().ToList();
        var known = (await db.Organizations.Where(o => o.Code != null && codes.Contains(o.Code)).ToListAsync(ct))
            .ToLookup(o => o.Code!);
        var roots = await db.Organizations.Where(o => o.ParentId == null).ToListAsync(ct);

        // Each row on its own: code, names, kind.
        var byCode = new Dictionary<string, Node>(StringComparer.Ordinal);
        var nodes = new List<Node>();
        foreach (var row in rows)
        {
            var before = problems.Count;
            if (row.Code.Length == 0)
            {
                problems.Add(new DirectoryProblem(row.Number, "не указан код организации."));
            }
            else if (byCode.TryGetValue(row.Code, out var twin))
            {
                problems.Add(new DirectoryProblem(row.Number, $"код «{row.Code}» уже встречается в строке {twin.Row.Number}."));
            }
            var node = new Node(row);
            try
            {
                // The entity checks its own fields, with the same messages as the directory pages.
                var probe = new Organization(OrganizationLevel.Federal, OrganizationKind.Authority, row.Name, row.ShortName, null);
                probe.SetCode(row.Code.Length == 0 ? null : row.Code);
            }
            catch (DomainException e)
            {
                problems.Add(new DirectoryProblem(row.Number, Lower(e.Message)));
            }
            if (!Kinds.TryGetValue(SearchText.Fold(row.KindText).Trim(), out var kind))
            {
                problems.Add(new DirectoryProblem(row.Number, row.KindText.Length == 0
                    ? "не указан вид: регион, муниципалитет, школа или учреждение."
                    : $"неизвестный вид «{row.KindText}»: ожидается регион, муниципалитет, школа или учреждение."));
            }
            else
            {
                node.Kind = kind.Kind;
                node.Level = kind.Level ?? OrganizationLevel.Federal;
            }
            if (row.Code.Length > 0 && row.ParentCode == row.Code)
            {
                problems.Add(new DirectoryProblem(row.Number, "организация указана вышестоящей самой себе."));
            }
            if (problems.Count == before && row.Code.Length > 0)
            {
                byCode[row.Code] = node;
                nodes.Add(node);
            }
            else if (row.Code.Length > 0)
            {
                byCode.TryAdd(row.Code, node);
            }
        }
        if (problems.Count > 0)
        {
            return [];
        }

        // Then the tree: parents in the file or in the directory, places allowed by the rules, no circles.
        var state = new Dictionary<Node, Placement>(ReferenceEqualityComparer.Instance);
        bool Fail(Node node, string message)
        {
            problems.Add(new DirectoryProblem(node.Row.Number, message));
            state[node] = Placement.Refused;
            return false;
        }
        bool Place(Node node)
        {
            switch (state.GetValueOrDefault(node))
            {
                case Placement.Placed:
                    return true;
                case Placement.Refused:
                    return false;
                case Placement.Placing:
                    return Fail(node, $"вышестоящие организации ссылаются друг на друга по кругу (код «{node.Row.Code}»).");
            }
            state[node] = Placement.Placing;
            var row = node.Row;
            OrganizationLevel parentLevel;
            OrganizationKind parentKind;
            int parentDepth;
            if (row.ParentCode.Length == 0)
            {
                if (roots.Count != 1)
                {
                    return Fail(node, roots.Count == 0
                        ? "в справочнике нет федерального уровня: сначала выполните `medk init` или укажите код вышестоящей."
                        : "в справочнике несколько организаций верхнего уровня: укажите код вышестоящей.");
                }
                node.ParentInDatabase = roots[0];
                (parentLevel, parentKind, parentDepth) = (roots[0].Level, roots[0].Kind, 0);
            }
            else if (byCode.TryGetValue(row.ParentCode, out var parent))
            {
                if (!Place(parent))
                {
                    // A node of a circle has its complaint already; a node below a refused one gets one line.
                    return state[node] == Placement.Refused
                        ? false
                        : Fail(node, $"вышестоящая организация с кодом «{row.ParentCode}» (строка {parent.Row.Number}) не принята.");
                }
                node.ParentInFile = parent;
                (parentLevel, parentKind, parentDepth) = (parent.Level, parent.Kind, parent.Depth);
            }
            else if (known[row.ParentCode].ToList() is { Count: > 0 } inDatabase)
            {
                if (inDatabase.Count > 1)
                {
                    return Fail(node,
                        $"код вышестоящей «{row.ParentCode}» есть в справочнике у нескольких организаций ({string.Join(", ", inDatabase.Take(3).Select(o => $"№ {o.Id} {o.ShortName}"))}).");
                }
                node.ParentInDatabase = inDatabase[0];
                (parentLevel, parentKind, parentDepth) = (inDatabase[0].Level, inDatabase[0].Kind, 0);
            }
            else
            {
                return Fail(node, $"вышестоящая организация с кодом «{row.ParentCode}» не найдена ни в файле, ни в справочнике.");
            }
            if (node.Kind == OrganizationKind.Institution)
            {
                node.Level = parentLevel;
            }
            var misplaced = OrganizationRules.Check(node.Level, node.Kind, parentLevel, parentKind);
            if (misplaced is not null)
            {
                return Fail(node, Lower(misplaced));
            }
            node.Depth = parentDepth + 1;

            // Already in the directory: fine when it stands under the same parent; then it is left as it is.
            if (known[row.Code].ToList() is { Count: > 0 } same)
            {
                var parentId = node.ParentInDatabase?.Id ?? node.ParentInFile?.Existing?.Id;
                var match = same.FirstOrDefault(o => parentId is not null && o.ParentId == parentId);
                if (match is null)
                {
                    return Fail(node,
                        $"код «{row.Code}» уже есть в справочнике у «{same[0].ShortName}» (№ {same[0].Id}) под другой вышестоящей организацией.");
                }
                node.Existing = match;
            }
            state[node] = Placement.Placed;
            return true;
        }
        foreach (var node in nodes)
        {
            Place(node);
        }
        return nodes;
    }

    private static string Lower(string message) =>
        message.Length > 1 && char.IsUpper(message[0]) && !char.IsUpper(message[1]) ? char.ToLowerInvariant(message[0]) + message[1..] : message;
}
