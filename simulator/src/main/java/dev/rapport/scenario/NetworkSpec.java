package dev.rapport.scenario;

import dev.rapport.scenario.bind.Default;
import dev.rapport.scenario.bind.Discriminator;
import dev.rapport.scenario.bind.Doc;
import dev.rapport.scenario.bind.Kind;
import dev.rapport.scenario.bind.Range;
import dev.rapport.scenario.bind.Required;

/**
 * The social network's generator, chosen by {@code type}. Ties are undirected; each tie is strong
 * or weak (Goldenberg, Libai &amp; Muller 2001): strong ties persuade more, weak ties bridge.
 */
@Discriminator("type")
@Doc("The social network: a generator chosen by 'type'.")
public sealed interface NetworkSpec {

    /** Everyone hears everyone: word of mouth works on population-wide shares (Bass's assumption). */
    @Kind("complete")
    @Doc("Complete mixing: no explicit ties; influence uses population-wide shares.")
    record Complete() implements NetworkSpec {
    }

    /** Random graph with independent ties. */
    @Kind("erdos_renyi")
    @Doc("Erdős–Rényi random graph.")
    record ErdosRenyi(
            @Default("10") @Range(min = 0, max = 1000) @Doc("Mean number of contacts.") double meanDegree,
            @Default("0.3") @Range(min = 0, max = 1) @Doc("Share of ties that are strong.") double strongTieShare) implements NetworkSpec {
    }

    /** Ring lattice with rewiring: clustered like real friendship networks, with short paths. */
    @Kind("watts_strogatz")
    @Doc("Watts–Strogatz small world: ring lattice of 'degree' neighbours, each tie rewired with probability 'rewire'.")
    record WattsStrogatz(
            @Default("10") @Range(min = 2, max = 1000) @Doc("Contacts per consumer on the ring (even).") int degree,
            @Default("0.1") @Range(min = 0, max = 1) @Doc("Probability that a tie is rewired to a random consumer (0 = a ring).") double rewire,
            @Default("0.3") @Range(min = 0, max = 1) @Doc("Share of ties that are strong.") double strongTieShare) implements NetworkSpec {
        public WattsStrogatz {
            if (degree % 2 != 0) {
                throw new IllegalArgumentException("watts_strogatz degree must be even (each consumer links degree/2 neighbours on each side)");
            }
        }
    }

    /** Preferential attachment: a few hubs with very many contacts. */
    @Kind("barabasi_albert")
    @Doc("Barabási–Albert scale-free graph by preferential attachment.")
    record BarabasiAlbert(
            @Default("5") @Range(min = 1, max = 500) @Doc("Ties each new consumer makes (mean degree is twice this).") int edgesPerNode,
            @Default("0.3") @Range(min = 0, max = 1) @Doc("Share of ties that are strong.") double strongTieShare) implements NetworkSpec {
    }

    /** Communities: dense inside each segment, sparse between segments. */
    @Kind("stochastic_block")
    @Doc("Stochastic block model: one block per segment, dense inside, sparse between.")
    record StochasticBlock(
            @Default("8") @Range(min = 0, max = 1000) @Doc("Mean contacts inside one's own segment: fewer than the members of the smallest segment.") double withinDegree,
            @Default("2") @Range(min = 0, max = 1000) @Doc("Mean contacts in other segments; within_degree + between_degree is at most population.size - 1.") double betweenDegree,
            @Default("0.5") @Range(min = 0, max = 1) @Doc("Share of within-segment ties that are strong (between-segment ties are weak).") double strongTieShare) implements NetworkSpec {
    }

    /** Every consumer has exactly the same number of random contacts. */
    @Kind("random_regular")
    @Doc("Random k-regular graph: every consumer has exactly 'degree' random contacts.")
    record RandomRegular(
            @Default("10") @Range(min = 1, max = 1000) @Doc("Contacts per consumer.") int degree,
            @Default("0") @Range(min = 0, max = 1) @Doc("Share of ties that are strong.") double strongTieShare) implements NetworkSpec {
    }

    /** A real network from a CSV file. */
    @Kind("edge_list")
    @Doc("An edge list from a CSV file: 'source,target[,strength]' per line (comma, semicolon or tab), consumer ids from 0; strength >= 0.5 is a strong tie. "
            + "A row that does not parse, or an id outside 0..population.size-1, is an error with its line number; a self-loop is dropped "
            + "and a duplicate tie (either direction) merged keeping the stronger, both counted by `rapport validate`.")
    record EdgeList(
            @Required @Doc("CSV file, relative to the scenario file.") String file,
            @Default("true") @Doc("Whether the first line is a header to skip.") boolean header) implements NetworkSpec {
    }
}
