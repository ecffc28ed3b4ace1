using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Medk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Medk.Web.Tests.Scenarios.Matrix;

/// <summary>
/// The generated authorization matrix (issue 11, decision 025): every operation of the OpenAPI document × every role
/// × objects of the own school, a sibling school, the municipality and region above, and another territory; the
/// expected answer comes from the row of <see cref="MatrixRules.Api"/> (visibility in the scope, then a policy), not
/// from a hand-typed status per cell. An operation without a row fails the test by name. The same for the pages whose
/// route carries an object's id.
/// </summary>
public abstract class AuthorizationMatrixTests(AppFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task EveryApiOperation_AsEveryRole_OnOwnSiblingHigherAndForeignObjects_AnswersAsTheRulesSay()
    {
        var operations = await OperationsAsync();
        var withoutRow = operations.Where(o => !MatrixRules.Api.ContainsKey(o)).ToList();
        Assert.True(withoutRow.Count == 0, "Operations without a row in MatrixRules.Api: " + string.Join(", ", withoutRow));
        var stale = MatrixRules.Api.Keys.Except(operations).ToList();
        Assert.True(stale.Count == 0, "Rows of MatrixRules.Api for operations the OpenAPI document no longer has: " + string.Join(", ", stale));

        var world = await MatrixWorld.OfAsync(fixture);
        var findings = new List<string>();
        var calls = 0;
        var skipped = 0;
        var cells = operations.SelectMany(op => Cells(world, op)).ToList();

        // 1. Reads. 2. Writes the rules refuse — and they change nothing. 3. Writes the rules allow (not the destructive ones).
        foreach (var cell in cells.Where(c => c.Method == "GET"))
        {
            calls++;
            await CheckAsync(world, cell, findings);
        }
        var before = await SnapshotAsync(world, cells);
        foreach (var cell in cells.Where(c => c.Method != "GET" && c.Expected is Outcome.Forbidden or Outcome.NotFound or Outcome.InvalidReference or Outcome.Refused))
        {
            calls++;
            await CheckAsync(world, cell, findings);
        }
        var after = await SnapshotAsync(world, cells);
        foreach (var (url, text) in before)
        {
            if (after[url] != text)
            {
                findings.Add($"refused writes changed what {url} shows");
            }
        }
        foreach (var cell in cells.Where(c => c.Method != "GET" && c.Expected is Outcome.Allowed or Outcome.Seen or Outcome.Any))
        {
            if (cell.Rule.Destructive && cell.Expected != Outcome.Any)
            {
                skipped++;
                continue;
            }
            calls++;
            await CheckAsync(world, cell, findings);
        }

        var objects = world.Targets.Values.Sum(l => l.Count);
        output.WriteLine($"{fixture.Provider}: {operations.Count} operations × {world.People.Count} roles × {Enum.GetValues<Position>().Length} positions " +
            $"({objects} objects): {cells.Count} cells, {calls} calls, {skipped} destructive allowed cells not called, {findings.Count} findings.");
        foreach (var finding in findings)
        {
            output.WriteLine(finding);
        }
        Assert.True(findings.Count == 0, $"{findings.Count} findings:\n" + string.Join("\n", findings.Take(200)));
    }

    [Fact]
    public async Task EveryPageWithAnObjectRoute_AsEveryRole_IsNotFoundWhereTheRoleDoesNotSee()
    {
        var templates = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ActionDescriptor>() is PageActionDescriptor && e.RoutePattern.Parameters.Count > 0)
            .Select(e => e.RoutePattern.RawText!.TrimStart('/')).Distinct().OrderBy(t => t).ToList();
        var withoutRow = templates.Where(t => !MatrixRules.Pages.ContainsKey(t)).ToList();
        Assert.True(withoutRow.Count == 0, "Page routes without a row in MatrixRules.Pages: " + string.Join(", ", withoutRow));

        var world = await MatrixWorld.OfAsync(fixture);
        var findings = new List<string>();
        var calls = 0;
        foreach (var template in templates)
        {
            var (obj, sees, url) = MatrixRules.Pages[template];
            var targets = obj == Obj.None ? [new Target(Position.OwnSchool, "", new Dictionary<string, string>())] : world.Of(obj).ToList();
            foreach (var person in world.People)
            {
                foreach (var target in targets)
                {
                    calls++;
                    var address = url(target);
                    var response = await person.Pages.GetAsync(address);
                    var status = (int)response.StatusCode;
                    var visible = sees(person, target);
                    var body = await response.Content.ReadAsStringAsync();
                    if (status >= 500 || (visible ? status == 404 : status != 404)
                        || (!person.Scope.CanRead(world.B.Region.Path) && status == 200 && body.Contains(MatrixWorld.ForeignMarker)))
                    {
                        findings.Add($"page {address} ({template}) as {person.Role} on {target.Position}: {status}, expected {(visible ? "the page or 403" : "404")}");
                    }
                }
            }
        }
        output.WriteLine($"{fixture.Provider}: {templates.Count} page routes × {world.People.Count} roles: {calls} calls, {findings.Count} findings.");
        Assert.True(findings.Count == 0, $"{findings.Count} findings:\n" + string.Join("\n", findings.Take(200)));
    }

    private sealed record Cell(string Operation, string Method, string Template, Rule Rule, Person Person, Target? Target, Outcome Expected);

    private static IEnumerable<Cell> Cells(MatrixWorld world, string operation)
    {
        var rule = MatrixRules.Api[operation];
        var method = operation[..operation.IndexOf(' ')];
        var template = operation[(operation.IndexOf(' ') + 1)..];
        var targets = rule.Obj == Obj.None ? [null] : world.Of(rule.Obj).Cast<Target?>().ToList();
        if (rule.Obj != Obj.None && targets.Count == 0)
        {
            throw new InvalidOperationException($"The matrix world has no object of kind {rule.Obj} for {operation}.");
        }
        foreach (var person in world.People)
        {
            foreach (var target in targets)
            {
                yield return new Cell(operation, method, template, rule, person, target,
                    target is null ? Outcome.Any : rule.Expect(person, target));
            }
        }
    }

    private static string Url(Cell cell)
    {
        var url = cell.Template;
        foreach (var (name, value) in cell.Target?.Route ?? new Dictionary<string, string>())
        {
            url = url.Replace("{" + name + "}", value);
        }
        return url;
    }

    private static async Task CheckAsync(MatrixWorld world, Cell cell, List<string> findings)
    {
        var url = Url(cell);
        using var request = new HttpRequestMessage(new HttpMethod(cell.Method), url) { Content = cell.Rule.Body?.Invoke(cell.Target!) };
        var response = await cell.Person.Actor.Api.SendAsync(request);
        var status = (int)response.StatusCode;
        var ok = cell.Expected switch
        {
            Outcome.Allowed => status is not (401 or 403 or 404) && status < 500,
            Outcome.Forbidden => status is 403 or 404,
            Outcome.NotFound => status == 404,
            Outcome.InvalidReference => status is 400 or 404,
            Outcome.Refused => status is 400 or 403 or 404,
            Outcome.Seen => status != 404 && status < 500,
            _ => status < 500,
        };
        var body = await response.Content.ReadAsStringAsync();
        var where = cell.Target is null ? "" : $" on {cell.Target.Position}";
        if (!ok)
        {
            findings.Add($"{cell.Method} {url} ({cell.Operation}) as {cell.Person.Role}{where}: {status}, expected {cell.Expected}. {Shorten(body)}");
        }
        else if (response.IsSuccessStatusCode && !cell.Rule.Secret && !cell.Person.Scope.CanRead(world.B.Region.Path) && body.Contains(MatrixWorld.ForeignMarker))
        {
            findings.Add($"{cell.Method} {url} ({cell.Operation}) as {cell.Person.Role}{where}: {status} with data of the other territory. {Shorten(body)}");
        }
    }

    /// <summary>What the administrator reads of every object, to prove that refused writes changed nothing.</summary>
    private static async Task<Dictionary<string, string>> SnapshotAsync(MatrixWorld world, IReadOnlyList<Cell> cells)
    {
        var admin = world.People.Single(p => p.Scope.IsAdministrator);
        var urls = cells.Where(c => c.Method == "GET" && c.Target is not null && c.Person == admin && !c.Rule.Secret
                && !c.Template.Contains("/export") && !c.Template.Contains("/file") && !c.Template.Contains("status-report") && !c.Template.StartsWith("/api/files"))
            .Select(Url).Distinct().ToList();
        var snapshot = new Dictionary<string, string>();
        foreach (var url in urls)
        {
            var response = await admin.Actor.Api.GetAsync(url);
            // A refusal carries a trace id that differs each time: its status is what it shows.
            snapshot[url] = response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : ((int)response.StatusCode).ToString();
        }
        return snapshot;
    }

    private async Task<List<string>> OperationsAsync()
    {
        using var client = fixture.App.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var operations = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, _) in item!.AsObject())
            {
                if (method is "get" or "post" or "put" or "delete" or "patch")
                {
                    operations.Add($"{method.ToUpperInvariant()} {path}");
                }
            }
        }
        return operations;
    }

    private static string Shorten(string body) => body.Length > 240 ? body[..240] + "…" : body;
}

[Collection(SqliteCollection.Name)]
public sealed class AuthorizationMatrixOnSqlite(SqliteFixture fixture, ITestOutputHelper output) : AuthorizationMatrixTests(fixture, output);

[Collection(PostgresCollection.Name)]
public sealed class AuthorizationMatrixOnPostgres(PostgresFixture fixture, ITestOutputHelper output) : AuthorizationMatrixTests(fixture, output);
