/** File handling shared by every writer: outputs written beside their destination, moved in when whole. */
package dev.declip.io;
