using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PaperGraph.Tests.Support;

/// <summary>
/// A local HTTP server on 127.0.0.1 that follows Neo4j's documented Query API contract
/// (<c>POST /db/{db}/query/v2</c>, JSON in and out, 202 with an <c>errors</c> array on failure, 401 on bad
/// credentials). Each request is answered by the next scripted <see cref="Reply"/>; when the script is empty, by
/// <see cref="Fallback"/>. Requests are recorded.
/// </summary>
public sealed partial class QueryApiServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<Reply> _script = new();
    private readonly Task _loop;

    public QueryApiServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(Loop);
    }

    public int Port { get; }
    public string Uri => $"http://127.0.0.1:{Port}";
    public ConcurrentQueue<Request> Requests { get; } = new();

    /// <summary>What to do when no scripted reply is left (default: 202 with an empty result).</summary>
    public Func<Request, Reply> Fallback { get; set; } = _ => Reply.Json(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"counters":{}}""");

    public QueryApiServer Then(Reply reply) { _script.Enqueue(reply); return this; }

    public sealed record Request(string Method, string Path, string? Authorization, string ContentType, string Body)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;
        public string Statement => Json.GetProperty("statement").GetString()!;
    }

    /// <summary>One scripted behaviour: a status and JSON body, optionally after a delay. (A dropped connection
    /// needs a raw socket: HttpListener's Abort still answers; see QueryApiContractTests.)</summary>
    public sealed record Reply(HttpStatusCode Status, string Body, TimeSpan Delay = default)
    {
        public static Reply Json(HttpStatusCode status, string body, TimeSpan delay = default) => new(status, body, delay);
        public static Reply Error(string code, string message, HttpStatusCode status = HttpStatusCode.Accepted) =>
            new(status, JsonSerializer.Serialize(new { errors = new[] { new { code, message } } }));
    }

    /// <summary>A fallback that behaves like MERGE on ids: counts a node or relationship as created only the first
    /// time its id is seen (per label or type), and answers with the counters Neo4j would report.</summary>
    public Func<Request, Reply> MergeCounting()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return request =>
        {
            var statement = request.Statement;
            long nodes = 0, rels = 0, props = 0, constraints = 0;
            if (statement.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal))
            {
                if (seen.Add(statement)) constraints = 1;
            }
            else
            {
                var node = NodeMerge().Match(statement);
                var rel = RelMerge().Match(statement);
                var kind = rel.Success ? "rel:" + rel.Groups[1].Value : node.Success ? "node:" + node.Groups[1].Value : throw new InvalidOperationException("Not a PaperGraph MERGE: " + statement);
                foreach (var row in request.Json.GetProperty("parameters").GetProperty("rows").EnumerateArray())
                {
                    if (seen.Add(kind + "/" + row.GetProperty("id").GetString())) { if (rel.Success) rels++; else nodes++; }
                    props += row.EnumerateObject().Count(p => p.Name is not ("from" or "to"));
                }
            }
            return Reply.Json(HttpStatusCode.Accepted, JsonSerializer.Serialize(new
            {
                data = new { fields = Array.Empty<string>(), values = Array.Empty<object>() },
                counters = new { nodesCreated = nodes, relationshipsCreated = rels, propertiesSet = props, labelsAdded = nodes, constraintsAdded = constraints, containsUpdates = true },
                bookmarks = new[] { "FB:kcwQ" },
            }));
        };
    }

    [GeneratedRegex(@"MERGE \(n:(\w+) \{id: row\.id\}\)")]
    private static partial Regex NodeMerge();

    [GeneratedRegex(@"MERGE \(a\)-\[r:(\w+) \{id: row\.id\}\]->\(b\)")]
    private static partial Regex RelMerge();

    private async Task Loop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => Handle(ctx));
        }
    }

    private async Task Handle(HttpListenerContext ctx)
    {
        try
        {
            string body;
            using (var reader = new StreamReader(ctx.Request.InputStream, Encoding.UTF8)) body = await reader.ReadToEndAsync();
            var request = new Request(ctx.Request.HttpMethod, ctx.Request.Url!.AbsolutePath, ctx.Request.Headers["Authorization"], ctx.Request.ContentType ?? "", body);
            Requests.Enqueue(request);
            var reply = _script.TryDequeue(out var r) ? r : Fallback(request);
            if (reply.Delay > TimeSpan.Zero) await Task.Delay(reply.Delay);
            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            ctx.Response.StatusCode = (int)reply.Status;
            ctx.Response.ContentType = "application/json";
            ctx.Response.ContentLength64 = bytes.Length;
            await ctx.Response.OutputStream.WriteAsync(bytes);
            ctx.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or IOException or InvalidOperationException)
        {
            // The client gave up (timeout test) or the server is stopping.
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
    }
}
