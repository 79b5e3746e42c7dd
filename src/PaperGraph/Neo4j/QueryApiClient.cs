using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PaperGraph.Neo4j;

/// <summary>Runs one Cypher statement with parameters. The loader's only dependency (a test double implements it).</summary>
public interface IQueryRunner
{
    /// <param name="statement">Cypher text with <c>$parameters</c>; never holds values.</param>
    /// <param name="writeParameters">Writes the parameters object, or null for none.</param>
    /// <param name="cancellationToken">Stops waiting and retrying.</param>
    Task<QueryApiResult> RunAsync(string statement, Action<Utf8JsonWriter>? writeParameters, CancellationToken cancellationToken = default);
}

/// <summary>Update counters of a statement, as the Query API reports them with <c>includeCounters</c>.</summary>
public sealed record QueryCounters(long NodesCreated = 0, long NodesDeleted = 0, long RelationshipsCreated = 0, long RelationshipsDeleted = 0,
    long PropertiesSet = 0, long LabelsAdded = 0, long ConstraintsAdded = 0, long IndexesAdded = 0)
{
    public static QueryCounters Zero { get; } = new();

    public QueryCounters Add(QueryCounters other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(NodesCreated + other.NodesCreated, NodesDeleted + other.NodesDeleted, RelationshipsCreated + other.RelationshipsCreated,
            RelationshipsDeleted + other.RelationshipsDeleted, PropertiesSet + other.PropertiesSet, LabelsAdded + other.LabelsAdded,
            ConstraintsAdded + other.ConstraintsAdded, IndexesAdded + other.IndexesAdded);
    }
}

/// <summary>A successful answer: field names, rows (lists in field order) and counters.</summary>
public sealed record QueryApiResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<JsonElement>> Values, QueryCounters Counters);

/// <summary>Neo4j refused or could not run a statement.</summary>
public class Neo4jException(string message, string? code = null, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The Neo4j status code (<c>Neo.ClientError.Statement.SyntaxError</c>) when the server gave one.</summary>
    public string? Code { get; } = code;
}

/// <summary>401: wrong user or password. Never retried.</summary>
public sealed class Neo4jAuthenticationException(string message, string? code = null) : Neo4jException(message, code);

/// <summary>The server was unreachable or kept answering with transient errors until the retries ran out.</summary>
public sealed class Neo4jUnavailableException(string message, Exception? inner = null, string? code = null) : Neo4jException(message, code, inner);

/// <summary>Retry and timeout settings of <see cref="QueryApiClient"/>.</summary>
public sealed record QueryApiOptions
{
    /// <summary>Attempts per statement, the first included.</summary>
    public int MaxAttempts { get; init; } = 6;
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(250);
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(8);
    /// <summary>How long one request may take before it is abandoned and retried.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(120);
    /// <summary>Receives one line per retry (never the password or the parameters).</summary>
    public Action<string>? Log { get; init; }
}

/// <summary>
/// A client of Neo4j's HTTP Query API (<c>POST /db/{db}/query/v2</c>, Neo4j 5.26+ and 2025.x): statement first,
/// parameters, <c>includeCounters</c>, Basic auth. Success is HTTP 200/202 with no (or an empty) <c>errors</c> array.
/// <c>Neo.TransientError.*</c>, dropped connections, timeouts and 502/503/504 are retried with exponential backoff
/// (statements PaperGraph sends are MERGEs, safe to repeat); <c>Neo.ClientError.*</c>, <c>Neo.DatabaseError.*</c>
/// and 401 stop at once with the server's code and message. The password is only ever in the Authorization header.
/// </summary>
public sealed class QueryApiClient : IQueryRunner, IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly Neo4jConnection _connection;
    private readonly QueryApiOptions _options;
    private readonly AuthenticationHeaderValue _auth;

    public QueryApiClient(Neo4jConnection connection, QueryApiOptions? options = null, HttpMessageHandler? handler = null)
    {
        _connection = connection ?? throw new ArgumentNullException(nameof(connection));
        _options = options ?? new QueryApiOptions();
        if (_options.MaxAttempts < 1) throw new ArgumentOutOfRangeException(nameof(options), "MaxAttempts must be at least 1.");
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _ownsHttp = true;
        _auth = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(connection.User + ":" + connection.Password)));
    }

    public Neo4jConnection Connection => _connection;

    public async Task<QueryApiResult> RunAsync(string statement, Action<Utf8JsonWriter>? writeParameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var body = Body(statement, writeParameters);
        var delay = _options.InitialBackoff;
        for (int attempt = 1; ; attempt++)
        {
            string reason;
            Exception? inner = null;
            string? code = null;
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(_options.RequestTimeout);
                using var request = new HttpRequestMessage(HttpMethod.Post, _connection.QueryUri) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                request.Headers.Authorization = _auth;
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
                var text = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
                var outcome = Interpret(response.StatusCode, text);
                if (outcome.Result is { } ok) return ok;
                reason = outcome.Reason!;
                code = outcome.Code;
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                reason = $"no answer within {_options.RequestTimeout.TotalSeconds:0.#} s";
                inner = ex;
            }
            catch (HttpRequestException ex)
            {
                reason = "connection failed: " + ex.Message;
                inner = ex;
            }
            catch (IOException ex)
            {
                reason = "connection dropped: " + ex.Message;
                inner = ex;
            }
            if (attempt >= _options.MaxAttempts)
                throw new Neo4jUnavailableException($"Neo4j at {_connection.QueryUri} failed {attempt} time(s); last: {reason}", inner, code);
            _options.Log?.Invoke($"neo4j: attempt {attempt} failed ({reason}); retrying in {delay.TotalMilliseconds:0} ms");
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(_options.MaxBackoff.Ticks, delay.Ticks * 2));
        }
    }

    /// <summary>The request body: <c>{"statement": …, "parameters": …, "includeCounters": true}</c>, statement first.</summary>
    public static byte[] Body(string statement, Action<Utf8JsonWriter>? writeParameters)
    {
        ArgumentNullException.ThrowIfNull(statement);
        using var ms = new MemoryStream();
        using (var json = new Utf8JsonWriter(ms, Export.Json.JsonLinesSink.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("statement", statement);
            if (writeParameters is not null)
            {
                json.WritePropertyName("parameters");
                writeParameters(json);
            }
            json.WriteBoolean("includeCounters", true);
            json.WriteEndObject();
        }
        return ms.ToArray();
    }

    private readonly record struct Outcome(QueryApiResult? Result, string? Reason, string? Code);

    /// <summary>Success, a retryable failure (a reason), or an exception for failures that retrying cannot fix.</summary>
    private Outcome Interpret(HttpStatusCode status, byte[] body)
    {
        JsonDocument? doc = null;
        try
        {
            try { doc = body.Length == 0 ? null : JsonDocument.Parse(body); }
            catch (JsonException) { doc = null; }
            var root = doc?.RootElement;
            var (code, message) = FirstError(root);
            if (status == HttpStatusCode.Unauthorized)
                throw new Neo4jAuthenticationException($"Neo4j refused the credentials of user '{_connection.User}' (401{(code is null ? "" : ", " + code)}). Check NEO4J_USERNAME and the password.", code);
            if (code is not null)
            {
                if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)) return new(null, $"{code}: {message}", code);
                throw new Neo4jException($"Neo4j error {code}: {message}", code);
            }
            if (status is HttpStatusCode.OK or HttpStatusCode.Accepted)
            {
                if (root is not { ValueKind: JsonValueKind.Object } r) throw new Neo4jException($"Neo4j answered {(int)status} with a body that is not a JSON object.");
                return new(Parse(r), null, null);
            }
            if (status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout or HttpStatusCode.TooManyRequests)
                return new(null, $"HTTP {(int)status}", null);
            throw new Neo4jException($"Neo4j answered HTTP {(int)status} {status} without an error code (is {_connection.QueryUri} the Query API of Neo4j 5.26+?).");
        }
        finally { doc?.Dispose(); }
    }

    private static (string? Code, string? Message) FirstError(JsonElement? root)
    {
        if (root is not { ValueKind: JsonValueKind.Object } r || !r.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
            return (null, null);
        foreach (var e in errors.EnumerateArray())
        {
            var code = e.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            var message = e.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            return (code ?? "Neo.Unknown", message ?? "");
        }
        return (null, null);
    }

    private static QueryApiResult Parse(JsonElement root)
    {
        var fields = new List<string>();
        var values = new List<IReadOnlyList<JsonElement>>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Array)
                fields.AddRange(f.EnumerateArray().Select(x => x.GetString() ?? ""));
            if (data.TryGetProperty("values", out var v) && v.ValueKind == JsonValueKind.Array)
                foreach (var row in v.EnumerateArray())
                    values.Add(row.ValueKind == JsonValueKind.Array ? [.. row.EnumerateArray().Select(x => x.Clone())] : [row.Clone()]);
        }
        var counters = QueryCounters.Zero;
        if (root.TryGetProperty("counters", out var c) && c.ValueKind == JsonValueKind.Object)
        {
            long N(string name) => c.TryGetProperty(name, out var x) && x.ValueKind == JsonValueKind.Number ? x.GetInt64() : 0;
            counters = new QueryCounters(N("nodesCreated"), N("nodesDeleted"), N("relationshipsCreated"), N("relationshipsDeleted"),
                N("propertiesSet"), N("labelsAdded"), N("constraintsAdded"), N("indexesAdded"));
        }
        return new QueryApiResult(fields, values, counters);
    }

    public void Dispose()
    {
        if (_ownsHttp) _http.Dispose();
    }
}
