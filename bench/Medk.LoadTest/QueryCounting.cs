using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Medk.LoadTest;

/// <summary>The database commands of one request: how many, and how long they kept the connection busy.</summary>
public sealed class RequestQueries
{
    private readonly Lock _lock = new();
    private readonly ConditionalWeakTable<DbCommand, object> _open = [];
    private int _commands;
    private int _openCount;
    private long _openedAt;
    private long _ticks;

    /// <summary>The commands' SQL, when the request asked for it (header X-Medk-Trace).</summary>
    public List<string>? Texts { get; init; }

    public int Commands
    {
        get
        {
            lock (_lock)
            {
                return _commands;
            }
        }
    }

    /// <summary>How long at least one command was outstanding: overlapping commands (split queries) count once.</summary>
    public TimeSpan Duration
    {
        get
        {
            lock (_lock)
            {
                return TimeSpan.FromTicks(_ticks);
            }
        }
    }

    public void Count(DbCommand command)
    {
        lock (_lock)
        {
            _commands++;
            Texts?.Add(command.CommandText);
            if (_open.TryAdd(command, command) && _openCount++ == 0)
            {
                _openedAt = Stopwatch.GetTimestamp();
            }
        }
    }

    /// <summary>The command is done (its reader disposed): from execution to here counts as database time.</summary>
    public void Done(DbCommand command)
    {
        lock (_lock)
        {
            if (_open.Remove(command) && --_openCount == 0)
            {
                _ticks += Stopwatch.GetElapsedTime(_openedAt).Ticks;
            }
        }
    }

    private static readonly AsyncLocal<RequestQueries?> CurrentHolder = new();

    /// <summary>The counter of the request being served on this logical thread of execution, if any.</summary>
    public static RequestQueries? Current
    {
        get => CurrentHolder.Value;
        set => CurrentHolder.Value = value;
    }
}

/// <summary>
/// Counts every command EF Core sends (queries, split-query parts, saves) against the current request's
/// counter. Commands outside a request (start-up, the dataset generator) have no counter and are not counted.
/// The time runs from sending the command until its result is read (a reader's disposal): the wait for the
/// database, the transfer and EF Core's materialization of the rows.
/// </summary>
public sealed class CountingInterceptor : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        RequestQueries.Current?.Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        RequestQueries.Current?.Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        RequestQueries.Current?.Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        RequestQueries.Current?.Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        RequestQueries.Current?.Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        RequestQueries.Current?.Count(command);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        RequestQueries.Current?.Done(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        RequestQueries.Current?.Done(command);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        RequestQueries.Current?.Done(command);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        RequestQueries.Current?.Done(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        RequestQueries.Current?.Done(command);
        return result;
    }
}

/// <summary>
/// First in the pipeline: gives the request a counter and writes it to the response headers when the
/// response starts (X-Medk-Queries, X-Medk-Db-Ms, X-Medk-Server-Ms). Commands run after the response has
/// started would be missed by the headers, so the final count is also kept in <see cref="ServerLog"/>.
/// </summary>
public sealed class QueryCountingMiddleware(RequestDelegate next, ServerLog log)
{
    public const string QueriesHeader = "X-Medk-Queries";
    public const string DbMillisecondsHeader = "X-Medk-Db-Ms";
    public const string ServerMillisecondsHeader = "X-Medk-Server-Ms";
    public const string TraceHeader = "X-Medk-Trace";

    public async Task InvokeAsync(HttpContext context)
    {
        var queries = new RequestQueries { Texts = context.Request.Headers.ContainsKey(TraceHeader) ? [] : null };
        RequestQueries.Current = queries;
        var started = Stopwatch.GetTimestamp();
        var atStart = -1;
        context.Response.OnStarting(() =>
        {
            atStart = queries.Commands;
            context.Response.Headers[QueriesHeader] = atStart.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers[DbMillisecondsHeader] = queries.Duration.TotalMilliseconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers[ServerMillisecondsHeader] = Stopwatch.GetElapsedTime(started).TotalMilliseconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        finally
        {
            RequestQueries.Current = null;
            if (atStart >= 0 && queries.Commands != atStart)
            {
                log.LateCommands(context.Request.Path, queries.Commands - atStart);
            }
            if (queries.Texts is { } texts)
            {
                log.Trace(context.Request.Path + context.Request.QueryString, texts);
            }
        }
    }
}

/// <summary>What the server side noticed that a header cannot carry.</summary>
public sealed class ServerLog
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _late = [];
    private readonly Dictionary<string, IReadOnlyList<string>> _traces = [];

    public void Trace(string request, IReadOnlyList<string> commands)
    {
        lock (_lock)
        {
            _traces[request] = commands;
        }
    }

    /// <summary>The commands of a traced request; the server records them just after the response is sent.</summary>
    public async Task<IReadOnlyList<string>> WaitForTraceAsync(string request, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            lock (_lock)
            {
                if (_traces.TryGetValue(request, out var commands))
                {
                    return commands;
                }
            }
            await Task.Delay(20, ct);
        }
        return [];
    }

    public void LateCommands(string path, int count)
    {
        lock (_lock)
        {
            _late[path] = _late.GetValueOrDefault(path) + count;
        }
    }

    public IReadOnlyDictionary<string, int> Late
    {
        get
        {
            lock (_lock)
            {
                return new Dictionary<string, int>(_late);
            }
        }
    }
}

public sealed class QueryCountingStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<QueryCountingMiddleware>();
        next(app);
    };
}
