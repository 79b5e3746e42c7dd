namespace PaperGraph.Neo4j;

/// <summary>Where and as whom to reach Neo4j's HTTP Query API. <see cref="ToString"/> never shows the password.</summary>
public sealed record Neo4jConnection
{
    public const string DefaultUri = "http://localhost:7474";
    public const string DefaultUser = "neo4j";
    public const string DefaultDatabase = "neo4j";

    /// <exception cref="ArgumentException">The URI is not an absolute http(s) URI, or the database name is empty.</exception>
    public Neo4jConnection(string uri, string user, string password, string database)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(database);
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var u) || (u.Scheme != Uri.UriSchemeHttp && u.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"Neo4j URI '{uri}' must be an absolute http:// or https:// URI (the HTTP port, 7474 by default).", nameof(uri));
        if (string.IsNullOrWhiteSpace(database)) throw new ArgumentException("The database name must not be empty.", nameof(database));
        BaseUri = u;
        User = user;
        Password = password;
        Database = database;
    }

    public Uri BaseUri { get; }
    public string User { get; }
    public string Password { get; }
    public string Database { get; }

    /// <summary><c>{base}/db/{database}/query/v2</c>.</summary>
    public Uri QueryUri => new(BaseUri, $"{BaseUri.AbsolutePath.TrimEnd('/')}/db/{Uri.EscapeDataString(Database)}/query/v2");

    /// <summary>The connection from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE, each overridden
    /// by the given value when not null. The password comes only from the environment or <paramref name="password"/>
    /// (which callers read from a file or stdin, never from a command-line value).</summary>
    /// <exception cref="ArgumentException">No password in either place.</exception>
    public static Neo4jConnection From(Func<string, string?> environment, string? uri = null, string? user = null, string? database = null, string? password = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        static string? Env(Func<string, string?> env, string name) => env(name) is { Length: > 0 } v ? v : null;
        var pw = password ?? Env(environment, "NEO4J_PASSWORD")
            ?? throw new ArgumentException("No Neo4j password: set NEO4J_PASSWORD or pass --password-file (a file, or - for stdin).");
        return new Neo4jConnection(
            uri ?? Env(environment, "NEO4J_URI") ?? DefaultUri,
            user ?? Env(environment, "NEO4J_USERNAME") ?? DefaultUser,
            pw,
            database ?? Env(environment, "NEO4J_DATABASE") ?? DefaultDatabase);
    }

    public override string ToString() => $"{User}@{QueryUri}";

    // Records print every property; keep the password out of any generated text.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("BaseUri = ").Append(BaseUri).Append(", User = ").Append(User).Append(", Database = ").Append(Database);
        return true;
    }
}
