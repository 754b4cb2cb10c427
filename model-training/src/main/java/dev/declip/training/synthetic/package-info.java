/**
 * The paper's synthetic experiment (Sec. IV.A and IV.C, Fig. 5 and 6): signals on random subspaces
 * of R^100, a bias-free MLP with a skip connection, trained with MC + EI per (d, v) cell and per
 * g_max; results as CSV and PNG charts.
 */
package dev.declip.training.synthetic;
